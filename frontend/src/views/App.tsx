import { useCallback, useState } from "preact/hooks";
import { runsApi, type RunListing } from "../net/api";
import { shown, useView, type DashboardStore } from "../state/store";
import { AgentCard } from "./AgentCard";
import { Compare } from "./Compare";
import { Costs } from "./Costs";
import { FeedPanel } from "./FeedPanel";
import { Header } from "./Header";
import { Performance } from "./Performance";
import { RunControls } from "./RunControls";
import { Scrubber } from "./Scrubber";
import { Statistics } from "./Statistics";
import { TickerTape } from "./TickerTape";
import { TradingRoom } from "./TradingRoom";

const TABS = ["room", "performance", "statistics", "costs", "runs"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = {
  room: "Trading room",
  performance: "Performance",
  statistics: "Statistics",
  costs: "Costs",
  runs: "Runs",
};

/** Returns the tab named in the address (#performance), so a tab can be linked to. */
function tabOf(hash: string): Tab {
  const name = hash.replace(/^#/, "");
  return (TABS as readonly string[]).includes(name) ? (name as Tab) : "room";
}

/** The page: header and tape on top, the chosen tab on the left, the feed on the right. */
export function App({ store }: { store: DashboardStore }) {
  const view = useView(store);
  const state = shown(view);
  const [tab, setTab] = useState<Tab>(() => tabOf(window.location.hash));
  const [agent, setAgent] = useState<string | null>(null);
  const [runs, setRuns] = useState<RunListing[]>([]);
  const reload = useCallback(() => {
    runsApi.list().then(setRuns, () => setRuns([]));
  }, []);
  return (
    <div class="app">
      <Header state={state} link={view.link} />
      <TickerTape state={state} />
      <Scrubber timeline={view.timeline} viewing={view.viewing} onView={store.viewDay} />
      <nav class="tabs" role="tablist">
        {TABS.map((name) => (
          <button
            type="button"
            role="tab"
            key={name}
            class={name === tab ? "tab active" : "tab"}
            aria-selected={name === tab}
            data-testid={`tab-${name}`}
            onClick={() => {
              setTab(name);
              window.history.replaceState(null, "", `#${name}`);
            }}
          >
            {TAB_LABELS[name]}
          </button>
        ))}
      </nav>
      <main class="main">
        <div class="content">
          {tab === "room" && <TradingRoom state={state} onPick={setAgent} />}
          {tab === "performance" && <Performance state={state} />}
          {tab === "statistics" && <Statistics state={state} />}
          {tab === "costs" && <Costs state={state} />}
          {tab === "runs" && (
            <>
              <RunControls runs={runs} reload={reload} />
              <Compare runs={runs} />
            </>
          )}
        </div>
        <FeedPanel items={state.feed.items} team={state.team} />
      </main>
      {agent && <AgentCard state={state} agentId={agent} onClose={() => setAgent(null)} />}
    </div>
  );
}
