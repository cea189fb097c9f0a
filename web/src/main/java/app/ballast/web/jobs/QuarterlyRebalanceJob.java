package app.ballast.web.jobs;

import app.ballast.web.policy.RebalanceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * The quarterly rebalance suggestion: on the first day of January, April, July and October, one
 * suggestion per portfolio for the quarter that begins (the unique key portfolio + quarter keeps it
 * to one). At start-up and on a manual run it makes the current quarter's where it is missing.
 */
@ApplicationScoped
public class QuarterlyRebalanceJob implements BallastJob {

    @Inject
    JobUnits units;

    @Inject
    RebalanceService rebalance;

    @Inject
    JobSettings settings;

    @Override
    public String id() {
        return "quarterly-rebalance";
    }

    @Override
    public String purpose() {
        return "Makes each portfolio's rebalance suggestion for the quarter, once per portfolio and quarter.";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.cron(settings.quarterlyRebalanceCron(), settings.zone(), Misfire.FIRE_ONCE_NOW);
    }

    @Override
    public boolean runsAtStartup() {
        return true;
    }

    @Override
    public JobResult run(LocalDate today) {
        String quarter = quarter(today);
        WorkUnits work = new WorkUnits(id());
        for (long userId : units.usersWithTransactions()) {
            work.run("user " + userId, () -> {
                try {
                    return rebalance.createQuarterly(userId, quarter).isPresent() ? 1 : 0;
                } catch (RuntimeException e) {
                    // Another run (a second thread or instance) stored this quarter's suggestion between
                    // this run's check and its insert: the unique key refused the second one; done.
                    if (DuplicateKey.causedBy(e)) {
                        return 0;
                    }
                    throw e;
                }
            });
        }
        return work.result();
    }

    /** "2026-Q4" for any day of October to December 2026. */
    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
