package app.ballast.web.jobs;

import app.ballast.domain.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily value snapshot: the value and cost of every portfolio at the closes of the day that has
 * just ended (yesterday), one portfolio per transaction. After a pause it fills in the days missed,
 * up to {@code ballast.jobs.value-snapshot-catch-up-days} back; the latest stored day is computed
 * again (a close may have arrived since).
 */
@ApplicationScoped
public class ValueSnapshotJob implements BallastJob {

    @Inject
    JobUnits units;

    @Inject
    ValueSnapshots snapshots;

    @Inject
    JobSettings settings;

    @Override
    public String id() {
        return "value-snapshot";
    }

    @Override
    public String purpose() {
        return "Stores each portfolio's value and cost at yesterday's closes, for the value-over-time chart.";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.cron(settings.valueSnapshotCron(), settings.zone(), Misfire.FIRE_ONCE_NOW);
    }

    @Override
    public boolean runsAtStartup() {
        return true;
    }

    @Override
    public JobResult run(LocalDate today) {
        LocalDate last = today.minusDays(1);
        LocalDate first = last.minusDays(Math.max(0, settings.valueSnapshotCatchUpDays()));
        Map<LocalDate, Map<String, Quote>> closes = new HashMap<>();
        WorkUnits work = new WorkUnits(id());
        for (long portfolioId : units.portfoliosWithTransactions()) {
            // From the latest stored day (computed again) or the window's start, whichever is later.
            LocalDate from = snapshots.latest(portfolioId)
                    .filter(d -> d.isAfter(first) && !d.isAfter(last)).orElse(first);
            List<LocalDate> days = from.datesUntil(last.plusDays(1)).toList();
            days.forEach(d -> closes.computeIfAbsent(d, snapshots::closesOn));
            work.run("portfolio " + portfolioId, () -> snapshots.snapshot(portfolioId, days, closes).size());
        }
        return work.result();
    }
}
