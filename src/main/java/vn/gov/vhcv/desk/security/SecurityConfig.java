package vn.gov.vhcv.desk.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The public portal and its API are open; every other endpoint of the desk needs
 * a staff login (HTTP Basic or session) against the Camunda identity service. {@code /engine-rest/**}
 * is guarded by Camunda's own HTTP Basic filter (so authorization checks apply to the calling user),
 * and the Camunda webapps by their own login and CSRF filter.
 */
@Configuration
public class SecurityConfig {

  /** Camunda's REST API: HTTP Basic against the identity service; sets the engine's authenticated user. */
  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-basic-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /** The engine's REST API and the Camunda webapps bring their own authentication. */
  @Bean
  @Order(1)
  public SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
    // Plain path-prefix matching: these paths are served by Camunda's own servlets, not by Spring MVC.
    RequestMatcher camundaPaths = request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return path.startsWith("/engine-rest/") || path.equals("/engine-rest") || path.startsWith("/camunda/");
    };
    http.securityMatcher(camundaPaths)
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER));
    return http.build();
  }

  @Bean
  @Order(2)
  public SecurityFilterChain deskChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
    // CSRF protects cookie sessions; an API call with HTTP Basic or without any session cannot be forged that way
    RequestMatcher basicAuthApi = request -> request.getRequestURI().startsWith("/api/")
        && (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() == null);
    http.authenticationProvider(provider)
        .authorizeHttpRequests(a -> a
            .requestMatchers("/api/public/**").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .requestMatchers("/", "/index.html", "/favicon.ico", "/error", "/portal/**", "/assets/**", "/webjars/**").permitAll()
            .requestMatchers("/login").permitAll()
            .requestMatchers("/staff/outbox", "/staff/outbox/**").hasAnyAuthority(StaffRoles.PREFIX + StaffRoles.MONITOR,
                StaffRoles.PREFIX + StaffRoles.LEADER, StaffRoles.PREFIX + StaffRoles.INTAKE,
                StaffRoles.PREFIX + StaffRoles.ADMIN)
            .requestMatchers("/staff/dashboard", "/staff/dashboard/**", "/staff/dashboard.csv")
            .hasAnyAuthority(StaffRoles.PREFIX + StaffRoles.MONITOR, StaffRoles.PREFIX + StaffRoles.LEADER,
                StaffRoles.PREFIX + StaffRoles.ADMIN)
            .anyRequest().authenticated())
        // staff pages: a Vietnamese login form and a session (CSRF on); the API keeps HTTP Basic
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/staff", false).failureUrl("/login?error"))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .httpBasic(b -> b.realmName("case-desk").authenticationEntryPoint(jsonEntryPoint()))
        .exceptionHandling(e -> e.authenticationEntryPoint(pagesOrJsonEntryPoint()))
        .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
            .ignoringRequestMatchers("/api/public/**")
            .ignoringRequestMatchers(basicAuthApi))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; form-action 'self'")));
    return http.build();
  }

  /** A browser asking for a staff page is sent to the login form; everything else gets the JSON 401. */
  private static AuthenticationEntryPoint pagesOrJsonEntryPoint() {
    AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    AuthenticationEntryPoint json = jsonEntryPoint();
    return (request, response, e) -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.equals("/staff") || path.startsWith("/staff/")) {
        login.commence(request, response, e);
      } else {
        json.commence(request, response, e);
      }
    };
  }

  private static AuthenticationEntryPoint jsonEntryPoint() {
    return (request, response, e) -> {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"case-desk\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write("{\"status\":401,\"message\":\"Cần đăng nhập\",\"errors\":[]}"
          .getBytes(StandardCharsets.UTF_8));
    };
  }
}
