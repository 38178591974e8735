import { useEffect, useState } from "preact/hooks";
import { runsApi, type RunListing, type RunRequest } from "../net/api";
import { formatPercent, tone } from "./format";

/** The replay speed is the CLI's: run-clock seconds per wall-clock second. */
const SECONDS_PER_DAY = 86_400;

function StartRun({ onStarted }: { onStarted: (message: string) => void }) {
  const [form, setForm] = useState({
    mode: "mock" as RunRequest["mode"],
    tickers: "AAPL, MSFT, NVDA",
    start: "2025-01-02",
    end: "2025-03-31",
    cash: "100000",
    provider: "",
    model: "",
    budgetUsd: "",
  });
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onInput: (e: Event) => setForm({ ...form, [name]: (e.target as HTMLInputElement).value }),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const request: RunRequest = {
      mode: form.mode,
      tickers: form.tickers.split(/[\s,]+/).filter(Boolean).map((t) => t.toUpperCase()),
      start: form.start,
      end: form.end,
      cash: Number(form.cash),
      ...(form.model ? { models: { default: { provider: form.provider || "openai", model: form.model } } } : {}),
      ...(form.budgetUsd ? { budgetUsd: Number(form.budgetUsd) } : {}),
    };
    try {
      const { id } = await runsApi.start(request);
      onStarted(`Started run ${id}`);
    } catch (error) {
      onStarted(`Could not start the run: ${(error as Error).message}`);
    }
  };
  return (
    <form class="panel form" data-testid="start-run-form" onSubmit={submit}>
      <h2>Start a run</h2>
      <label>
        Mode
        <select data-testid="start-mode" {...field("mode")}>
          <option value="mock">mock (synthetic prices)</option>
          <option value="backtest">backtest (history)</option>
        </select>
      </label>
      <label>
        Tickers <input data-testid="start-tickers" {...field("tickers")} />
      </label>
      <label>
        From <input type="date" data-testid="start-from" {...field("start")} />
      </label>
      <label>
        To <input type="date" data-testid="start-to" {...field("end")} />
      </label>
      <label>
        Cash <input type="number" min="1" data-testid="start-cash" {...field("cash")} />
      </label>
      <label>
        Model provider <input placeholder="offline when empty" data-testid="start-provider" {...field("provider")} />
      </label>
      <label>
        Model <input placeholder="e.g. gpt-4o-mini" data-testid="start-model" {...field("model")} />
      </label>
      <label>
        Budget ($) <input type="number" min="0" step="0.01" data-testid="start-budget" {...field("budgetUsd")} />
      </label>
      <button type="submit" data-testid="start-run">
        Start
      </button>
    </form>
  );
}

/** Start a run, list past runs, stop the running one, or replay a past one over the WebSocket. */
export function RunControls({ runs, reload }: { runs: RunListing[]; reload: () => void }) {
  const [notice, setNotice] = useState("");
  const [daysPerSecond, setDaysPerSecond] = useState("1");
  const act = async (what: Promise<unknown>, done: string) => {
    try {
      await what;
      setNotice(done);
      reload();
    } catch (error) {
      setNotice((error as Error).message);
    }
  };
  useEffect(reload, []);
  return (
    <section class="runs">
      <StartRun
        onStarted={(message) => {
          setNotice(message);
          reload();
        }}
      />
      <div class="panel">
        <h2>
          Runs{" "}
          <button type="button" data-testid="runs-refresh" onClick={reload}>
            refresh
          </button>
        </h2>
        {notice && <p class="notice" data-testid="runs-notice">{notice}</p>}
        <label class="inline">
          Replay speed (simulated days per second, 0 for as fast as possible){" "}
          <input type="number" min="0" step="0.5" value={daysPerSecond} data-testid="replay-speed" onInput={(e) => setDaysPerSecond((e.target as HTMLInputElement).value)} />
        </label>
        <table class="table" data-testid="runs-table">
          <thead>
            <tr>
              <th>Run</th>
              <th>Mode</th>
              <th>Dates</th>
              <th>Status</th>
              <th>Return</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} data-testid="run-row" data-run-id={run.id}>
                <td>{run.id}</td>
                <td>{run.mode}</td>
                <td>
                  {run.start} → {run.end}
                </td>
                <td>{run.status}</td>
                <td class={tone(run.finalReturnPct)}>{formatPercent(run.finalReturnPct)}</td>
                <td>
                  {run.status === "running" ? (
                    <button type="button" data-testid="run-stop" onClick={() => act(runsApi.stop(run.id), `Stopping ${run.id}`)}>
                      stop
                    </button>
                  ) : (
                    <button type="button" data-testid="run-replay" onClick={() => act(runsApi.replay(run.id, Number(daysPerSecond) * SECONDS_PER_DAY), `Replaying ${run.id}`)}>
                      replay
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {runs.length === 0 && <p class="muted">No runs listed (the gateway may not serve /api/runs).</p>}
      </div>
    </section>
  );
}
