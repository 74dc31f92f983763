package io.tessera.kernel.plugin;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;

/**
 * PF4J's manager, made to isolate failures per plugin: a jar that cannot be read, a plugin whose
 * required dependency is missing, of the wrong version or part of a cycle is recorded with its cause
 * and left out, where PF4J alone would log it or abort every plugin.
 */
final class TesseraPluginManager extends DefaultPluginManager {

    private final Map<Path, String> unreadable = new LinkedHashMap<>();
    private final Map<String, Rejected> rejected = new LinkedHashMap<>();

    record Rejected(PluginDescriptor descriptor, Path path, String reason) {
    }

    TesseraPluginManager(Path pluginsRoot, String systemVersion) {
        super(pluginsRoot);
        setSystemVersion(systemVersion);
    }

    /** A plugin without {@code Plugin-Class} gets PF4J's plain {@link Plugin}: its module is its extension. */
    @Override
    protected PluginFactory createPluginFactory() {
        return new DefaultPluginFactory() {
            @Override
            public Plugin create(PluginWrapper pluginWrapper) {
                String pluginClass = pluginWrapper.getDescriptor().getPluginClass();
                return pluginClass == null || pluginClass.isBlank() ? new Plugin() : super.create(pluginWrapper);
            }
        };
    }

    Map<Path, String> unreadable() {
        return unreadable;
    }

    Map<String, Rejected> rejected() {
        return rejected;
    }

    /**
     * Stops every started plugin, dependents before their dependencies. PF4J 3.15's own version iterates
     * its list of started plugins while stopping each removes it from that list, so it throws
     * {@code ConcurrentModificationException} as soon as one plugin is started; this one iterates a copy.
     */
    @Override
    public void stopPlugins() {
        List<PluginWrapper> started = new ArrayList<>(getStartedPlugins()).reversed();
        for (PluginWrapper plugin : started) {
            if (plugin.getPluginState().isStarted()) {
                stopPlugin(plugin.getPluginId(), false);
            }
        }
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (PluginRuntimeException e) {
            unreadable.put(pluginPath, Failures.describe(e));
            throw e;
        } catch (RuntimeException e) {
            // e.g. an unparseable version: PF4J would abort every plugin; fail this one only
            unreadable.put(pluginPath, Failures.describe(e));
            throw new PluginRuntimeException(e, "Cannot load plugin '{}'", pluginPath);
        }
    }

    @Override
    protected void resolvePlugins() {
        Map<String, String> problems = dependencyProblems();
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            PluginWrapper plugin = getPlugin(problem.getKey());
            rejected.put(problem.getKey(), new Rejected(plugin.getDescriptor(), plugin.getPluginPath(), problem.getValue()));
        }
        problems.keySet().forEach(id -> unloadPlugin(id, false));
        super.resolvePlugins();
    }

    /** Plugin id → why it cannot be resolved; dependents of a rejected plugin are rejected too. */
    private Map<String, String> dependencyProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (PluginWrapper plugin : getPlugins()) {
            String problem = directProblem(plugin);
            if (problem != null) {
                problems.put(plugin.getPluginId(), problem);
            }
        }
        for (List<String> cycle : cycles()) {
            for (String id : cycle) {
                problems.putIfAbsent(id, "Dependency cycle: " + String.join(" -> ", cycle));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PluginWrapper plugin : getPlugins()) {
                if (problems.containsKey(plugin.getPluginId())) {
                    continue;
                }
                for (PluginDependency dependency : plugin.getDescriptor().getDependencies()) {
                    if (!dependency.isOptional() && problems.containsKey(dependency.getPluginId())) {
                        problems.put(plugin.getPluginId(),
                                "Requires plugin '" + dependency.getPluginId() + "', which failed");
                        changed = true;
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private String directProblem(PluginWrapper plugin) {
        for (PluginDependency dependency : plugin.getDescriptor().getDependencies()) {
            PluginWrapper target = plugins.get(dependency.getPluginId());
            if (target == null) {
                if (!dependency.isOptional()) {
                    return "Requires plugin '" + dependency.getPluginId() + "', which is not installed";
                }
                continue;
            }
            String constraint = dependency.getPluginVersionSupport();
            String actual = target.getDescriptor().getVersion();
            if (!"*".equals(constraint) && !getVersionManager().checkVersionConstraint(actual, constraint)) {
                return "Requires plugin '" + dependency.getPluginId() + "' " + constraint + ", but version " + actual
                        + " is installed";
            }
        }
        return null;
    }

    private List<List<String>> cycles() {
        List<List<String>> found = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (PluginWrapper plugin : getPlugins()) {
            findCycles(plugin.getPluginId(), new ArrayDeque<>(), done, found);
        }
        return found;
    }

    private void findCycles(String id, Deque<String> path, Set<String> done, List<List<String>> found) {
        if (path.contains(id)) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (String step : path.reversed()) {
                inCycle |= step.equals(id);
                if (inCycle) {
                    cycle.add(step);
                }
            }
            cycle.add(id);
            found.add(cycle);
            return;
        }
        if (done.contains(id) || !plugins.containsKey(id)) {
            return;
        }
        path.push(id);
        for (PluginDependency dependency : plugins.get(id).getDescriptor().getDependencies()) {
            findCycles(dependency.getPluginId(), path, done, found);
        }
        path.pop();
        done.add(id);
    }
}
