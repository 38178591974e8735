package org.evotraders.gateway;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The dashboard's files, served at {@code /} from the classpath folder {@code web/} (the frontend
 * module's jar). Without that folder, {@code /} answers a short text saying how to build it.
 */
final class WebApp {

  static final String FOLDER = "web";

  static final String NOT_BUILT =
      "The EvoTraders web app was not built into this program, so there is no dashboard here. "
          + "Build it with './mvnw -pl frontend,cli -am package' (needs Node.js 20.19+ with npm); "
          + "the WebSocket stream on this port works without it.\n";

  private WebApp() {}

  /** Returns whether the classpath holds the built dashboard. */
  static boolean built() {
    return WebApp.class.getClassLoader().getResource(FOLDER + "/index.html") != null;
  }

  static void serve(JavalinConfig cfg) {
    if (built()) {
      cfg.staticFiles.add(
          files -> {
            files.hostedPath = "/";
            files.directory = "/" + FOLDER;
            files.location = Location.CLASSPATH;
          });
    } else {
      cfg.routes.get(
          "/", ctx -> ctx.contentType("text/plain; charset=utf-8").status(200).result(NOT_BUILT));
    }
  }
}
