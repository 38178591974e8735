package org.evotraders.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.evotraders.pipeline.runs.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API the dashboard controls runs with (frontend/README.md): GET /api/runs, POST
 * /api/runs, POST /api/runs/{id}/stop, GET /api/runs/{id}/equity, POST /api/replay. This is the one
 * place a refusal becomes a status: 400 for a bad request or body, 404 for an unknown run, 409 for
 * a conflict, 500 for a failure; each with the body {@code {"error": "..."}} and no stack trace.
 */
final class RunsApi {

  private static final Logger LOG = LoggerFactory.getLogger(RunsApi.class);

  private final RunControl control;

  RunsApi(RunControl control) {
    this.control = control;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/runs", answered(this::list));
    routes.post("/api/runs", answered(this::start));
    routes.post("/api/runs/{id}/stop", answered(this::stop));
    routes.get("/api/runs/{id}/equity", answered(this::equity));
    routes.post("/api/replay", answered(this::replay));
  }

  private void list(Context ctx) {
    ArrayNode rows = EventCodec.JSON.createArrayNode();
    control.runs().forEach(run -> rows.add(run.toJson()));
    json(ctx, HttpStatus.OK, rows);
  }

  private void start(Context ctx) {
    String id = control.start(RunRequest.fromJson(body(ctx)));
    json(ctx, HttpStatus.CREATED, EventCodec.JSON.createObjectNode().put("id", id));
  }

  private void stop(Context ctx) {
    String id = ctx.pathParam("id");
    control.stop(id);
    json(
        ctx,
        HttpStatus.ACCEPTED,
        EventCodec.JSON.createObjectNode().put("id", id).put("status", "stopping"));
  }

  private void equity(Context ctx) {
    json(ctx, HttpStatus.OK, control.equity(ctx.pathParam("id")));
  }

  private void replay(Context ctx) {
    JsonNode body = body(ctx);
    JsonNode id = body.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw new IllegalArgumentException(
          "replay needs the run's id: send {\"id\":\"20240102_093000\",\"speed\":86400}");
    }
    JsonNode speed = body.get("speed");
    if (speed != null && !speed.isNull() && !speed.isNumber()) {
      throw new IllegalArgumentException(
          "speed must be a number of run-clock seconds per second (0 for as fast as possible), was "
              + speed);
    }
    control.replay(id.asText(), speed == null || speed.isNull() ? 86_400 : speed.asDouble());
    json(ctx, HttpStatus.ACCEPTED, EventCodec.JSON.createObjectNode().put("id", id.asText()));
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode body = EventCodec.JSON.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new IllegalArgumentException(
            "the request body must be a JSON object, was: " + abbreviated(ctx.body()));
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the request body is not JSON (%s): send a JSON object".formatted(e.getOriginalMessage()),
          e);
    }
  }

  /** Runs {@code handler}, answering its refusals with their status and message. */
  private static Handler answered(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (IllegalArgumentException e) {
        error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
      } catch (RunControl.RunNotFound e) {
        error(ctx, HttpStatus.NOT_FOUND, e.getMessage());
      } catch (RunControl.RunConflict e) {
        error(ctx, HttpStatus.CONFLICT, e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
        error(
            ctx,
            HttpStatus.INTERNAL_SERVER_ERROR,
            "%s %s failed: %s; the gateway's log has the details"
                .formatted(ctx.method(), ctx.path(), e.getMessage()));
      }
    };
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    json(ctx, status, EventCodec.JSON.createObjectNode().put("error", message));
  }

  private static void json(Context ctx, HttpStatus status, JsonNode body) {
    try {
      ctx.status(status)
          .contentType("application/json")
          .result(EventCodec.JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer to " + ctx.path(), e);
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
