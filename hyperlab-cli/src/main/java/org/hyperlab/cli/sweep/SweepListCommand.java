package org.hyperlab.cli.sweep;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.cli.common.Json;
import org.hyperlab.sweep.Study;
import org.hyperlab.sweep.record.StudyRecord;
import org.hyperlab.sweep.record.TrialRecord;
import org.hyperlab.sweep.storage.StudyStorage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code hyperlab sweep list}: the studies in a store, with trial counts by state and the best value. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the studies in the store.")
public final class SweepListCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print {\"studies\": [...]} on stdout.")
    boolean json;

    @Mixin
    SweepStorageOptions store;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (StudyStorage storage = store.open()) {
            List<Map<String, Object>> studies = new ArrayList<>();
            for (StudyRecord s : storage.listStudies()) {
                List<TrialRecord> trials = storage.trials(s.id());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("study", s.name());
                m.put("metric", s.objective().metric());
                m.put("direction", s.objective().direction().name().toLowerCase(Locale.ROOT));
                m.put("trials", trials.size());
                m.put("states", SweepDocuments.counts(trials));
                if (s.isMultiObjective()) {
                    m.put("objectives", SweepDocuments.objectives(s));
                    m.put("best", null);
                    m.put("paretoFrontSize", org.hyperlab.sweep.pareto.ParetoFront.of(trials, s.objectives()).size());
                } else {
                    m.put("best", Study.best(trials, s).map(TrialRecord::value).orElse(null));
                }
                studies.add(m);
            }
            if (json) {
                Json.print(out, Map.of("studies", studies));
                return;
            }
            if (studies.isEmpty()) {
                out.println("no studies in " + storage);
            }
            for (Map<String, Object> m : studies) {
                String result = m.containsKey("paretoFrontSize") ? "Pareto front of " + m.get("paretoFrontSize")
                        : "best " + (m.get("best") == null ? "-" : m.get("best"));
                out.printf(Locale.ROOT, "%-24s %s (%s)%s  %d trials %s  %s%n", m.get("study"), m.get("metric"),
                        m.get("direction"), m.containsKey("objectives") ? " and " + (((List<?>) m.get("objectives"))
                        .size() - 1) + " more objective(s)" : "", (Integer) m.get("trials"), m.get("states"), result);
            }
            out.flush();
        }
    }
}
