package org.safar.shell.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files, under their own paths only. Spring Boot's default maps {@code /**} to the static
 * folders, and then every link a page builds ({@code @{/counselling/clients/7}}) is first looked up
 * as a possible static file in four classpath folders, a miss that is never cached: on a list page
 * that was most of the request's CPU (see docs/benchmarks.md). Here only {@code /css/**}, {@code
 * /js/**} and {@code /webjars/**} are static, and links to them carry a content hash so browsers
 * keep them for a week.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

  private static final CacheControl WEEK = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (String folder : new String[] {"css", "js"}) {
      registry
          .addResourceHandler("/" + folder + "/**")
          .addResourceLocations("classpath:/static/" + folder + "/")
          .setCacheControl(WEEK)
          .resourceChain(true)
          .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .setCacheControl(WEEK)
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
  }
}
