import { runNotebook } from "./run.ts";
for (const f of Deno.args) {
  try {
    const r = await runNotebook(f, {
      allowErrors: Deno.env.get("AE") === "1",
      onCell: (n, t) => console.error(`cell ${n}/${t}`),
    });
    console.log(
      f,
      Math.round(r.ms),
      JSON.stringify(r.notebook.cells.map((c) => c.outputs), null, 1),
      r.reads,
      r.errors.map((e) => e.message),
    );
  } catch (e) {
    console.log("ERR", f, String(e), (e as any).output?.traceback);
  }
}
