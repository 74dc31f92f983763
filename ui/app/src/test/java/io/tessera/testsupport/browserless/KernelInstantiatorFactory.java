package io.tessera.testsupport.browserless;

import com.vaadin.browserless.mocks.MockInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import org.springframework.context.ApplicationContext;

/**
 * For browserless view tests: Vaadin creates views, layouts and service init listeners from the
 * running kernel's application context, as in the real server.
 */
public class KernelInstantiatorFactory implements InstantiatorFactory {

    /** The running kernel whose beans the views get. */
    public static volatile ApplicationContext context;

    /** Created by Vaadin's lookup. */
    public KernelInstantiatorFactory() {
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new MockInstantiator(new SpringInstantiator(service, context));
    }
}
