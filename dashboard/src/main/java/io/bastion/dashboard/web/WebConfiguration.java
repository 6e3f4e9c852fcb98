package io.bastion.dashboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/** Chinese by default; {@code ?lang=en} (or the menu's switch) turns English on and a cookie keeps it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration
        implements WebMvcConfigurer
{
    @Bean
    LocaleResolver localeResolver()
    {
        CookieLocaleResolver resolver = new CookieLocaleResolver("bastion-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Boot's JSON converter, replaced by one that writes each kept KPI answer once. */
    @Bean
    KeptAnswerJson keptAnswerJson(ObjectMapper mapper)
    {
        return new KeptAnswerJson(mapper);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry)
    {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
