/**
 * A tiny static file server for the browser suite: serves a fixed set of
 * folders on 127.0.0.1 at an ephemeral port and records every request it
 * receives. It sends no Content-Security-Policy header on purpose — GitHub
 * Pages cannot set one, so the pages must carry their own `<meta>` policy.
 */

/** A running static server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request path received, in order (for debugging). */
  requests: string[];
  /** Stops the server and waits for it to finish. */
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

function contentType(path: string): string {
  const dot = path.lastIndexOf(".");
  return CONTENT_TYPES[dot < 0 ? "" : path.slice(dot).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Serves `mounts` (URL prefix such as `/reports/` → folder on disk) on
 * 127.0.0.1 at a free port. Paths containing `..` or NUL are refused.
 */
export function serveStatic(mounts: Record<string, string>): StaticServer {
  const requests: string[] = [];
  const controller = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: controller.signal, onListen: () => {} },
    async (request) => {
      const path = decodeURIComponent(new URL(request.url).pathname);
      requests.push(path);
      if (path.includes("..") || path.includes("\0")) {
        return new Response("bad path", { status: 400 });
      }
      for (const [prefix, folder] of Object.entries(mounts)) {
        if (!path.startsWith(prefix)) continue;
        const file = `${folder.replace(/\/$/, "")}/${path.slice(prefix.length)}`;
        try {
          const body = await Deno.readFile(file);
          return new Response(body, {
            headers: { "content-type": contentType(file), "cache-control": "no-store" },
          });
        } catch (error) {
          if (error instanceof Deno.errors.NotFound) break;
          throw error;
        }
      }
      return new Response("not found", { status: 404 });
    },
  );
  const { port } = server.addr as Deno.NetAddr;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      controller.abort();
      await server.finished;
    },
  };
}
