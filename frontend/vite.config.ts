import { defineConfig } from "vitest/config";
import preact from "@preact/preset-vite";

// Maven passes its build folder (target, or target-NAME with -Dbuild.dir) so the built page lands
// in the jar under the classpath folder web/; a plain `npm run build` writes to target/classes/web.
const outDir = `${process.env.EVOTRADERS_BUILD_DIR ?? "target"}/classes/web`;

// The dev server forwards the REST calls to a running gateway (default localhost:8765).
const gateway = process.env.EVOTRADERS_GATEWAY ?? "http://localhost:8765";

export default defineConfig({
  plugins: [preact()],
  base: "./",
  build: { outDir, emptyOutDir: true, assetsInlineLimit: 0 },
  server: { proxy: { "/api": gateway } },
  test: { environment: "node", include: ["src/**/*.test.ts", "src/**/*.test.tsx"] },
});
