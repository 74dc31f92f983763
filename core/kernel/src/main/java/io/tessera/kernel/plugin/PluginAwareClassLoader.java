package io.tessera.kernel.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The application context's classloader: the application's own first, then each healthy plugin's.
 * Spring and Hibernate resolve plugin classes and resources by name through it. Plugin classes are
 * defined by their plugin's classloader, so there is one identity per class. Not the application
 * classloader: plugin classes stay off the application classpath.
 */
final class PluginAwareClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final List<ClassLoader> plugins;

    PluginAwareClassLoader(ClassLoader application, List<ClassLoader> plugins) {
        super("tessera-plugins", application);
        this.plugins = List.copyOf(plugins);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader plugin : plugins) {
            try {
                return plugin.loadClass(name);
            } catch (ClassNotFoundException notInThisPlugin) {
                // try the next plugin; the last miss is reported below
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader plugin : plugins) {
            URL url = plugin.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        Enumeration<URL> fromParent = getParent().getResources(name);
        List<URL> parentUrls = Collections.list(fromParent);
        for (ClassLoader plugin : plugins) {
            for (URL url : Collections.list(plugin.getResources(name))) {
                if (!parentUrls.contains(url) && !urls.contains(url)) {
                    urls.add(url);
                }
            }
        }
        return Collections.enumeration(urls);
    }
}
