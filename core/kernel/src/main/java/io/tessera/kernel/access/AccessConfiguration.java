package io.tessera.kernel.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the permission check for every API handler and for every service method that declares one. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

    private final Permissions permissions;

    AccessConfiguration(Permissions permissions) {
        this.permissions = permissions;
    }

    /** Static and lazy, so that registering the post-processor initialises no other bean early. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ServicePermissionPostProcessor servicePermissionPostProcessor(ObjectProvider<Permissions> permissions) {
        return new ServicePermissionPostProcessor(permissions::getObject);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionInterceptor(permissions)).addPathPatterns("/api/**");
    }
}
