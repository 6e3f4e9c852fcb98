package io.bastion.dashboard.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Every page and API needs a login: pages send anonymous users to the login form, the API answers 401. Roles gate whole
 * areas here; what a branch secretary may see inside an area is checked by {@code ScopeGuard} in every query.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration
{
    @Bean
    SecurityFilterChain filterChain(HttpSecurity http)
            throws Exception
    {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error").permitAll()
                        .requestMatchers("/admin/**", "/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/ingest/runs/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/reports/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/reports", "/reports/**").hasAnyRole(Role.LEADER.name(), Role.ADMIN.name())
                        .requestMatchers("/runs").hasAnyRole(Role.LEADER.name(), Role.ANALYST.name(), Role.ADMIN.name())
                        .requestMatchers("/workbench", "/workbench/**", "/api/workbench/**").hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                        .requestMatchers("/api/ingest/files").hasAnyRole(Role.ADMIN.name(), Role.SECRETARY.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Branch systems and scripts may call the API with HTTP Basic; no challenge is sent, so no browser caches it.
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(new RequestHeaderRequestMatcher("Authorization")))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AntPathRequestMatcher.antMatcher("/**"))
                        .accessDeniedHandler(anonymousApiUnauthorized()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'")))
                .sessionManagement(Customizer.withDefaults());
        return http.build();
    }

    /**
     * An anonymous API call refused before anyone is authenticated (a POST without a CSRF token) is answered 401 like every
     * other anonymous API call; a logged-in user refused is answered 403.
     */
    private static AccessDeniedHandler anonymousApiUnauthorized()
    {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
        return (request, response, denied) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (request.getRequestURI().startsWith("/api/") && (authentication == null || trust.isAnonymous(authentication))) {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
                return;
            }
            forbidden.handle(request, response, denied);
        };
    }

    /**
     * The paths above are matched as Spring's path patterns, not through Spring MVC's handler mappings (the default,
     * which looks each request up in every mapping for every rule it is matched against).
     */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder()
    {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    PasswordEncoder passwordEncoder()
    {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserQueries users)
    {
        return username -> users.find(username)
                .map(Viewer::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
