package io.tessera.kernel.access;

import java.lang.reflect.Modifier;
import java.util.function.Supplier;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Advises every bean whose methods or class declare {@code @RequiresPermission} — kernel services and the
 * components of every plugin alike, since plugins register their components in the one application
 * context (D1) — with {@link ServicePermissionInterceptor}. An existing proxy (a transactional service)
 * gets the check as its first advice, so a refused call opens no transaction; any other bean gets a class
 * proxy defined in the bean's own class loader, so a plugin's package-private methods are advised too.
 */
final class ServicePermissionPostProcessor implements BeanPostProcessor, Ordered {

    private final Advisor advisor;

    ServicePermissionPostProcessor(Supplier<Permissions> permissions) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ServicePermissionPointcut(),
                new ServicePermissionInterceptor(permissions));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        this.advisor = advisor;
    }

    @Override
    public int getOrder() {
        // after the auto-proxy creator (transactions), so that its proxy is found and extended
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (!ServicePermissionPointcut.eligible(type) || !ServicePermissionPointcut.declaresRules(type)) {
            return bean;
        }
        if (bean instanceof Advised advised && !advised.isFrozen()) {
            if (advised.indexOf(advisor) < 0) {
                advised.addAdvisor(0, advisor);
            }
            return bean;
        }
        if (Modifier.isFinal(type.getModifiers())) {
            throw new BeanCreationException(beanName, type.getName() + " declares @RequiresPermission but is final, so "
                    + "its calls cannot be checked: make it non-final");
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(advisor);
        return factory.getProxy(type.getClassLoader());
    }
}
