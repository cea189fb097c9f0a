package app.ballast.web.jobs;

import app.ballast.web.notify.WarningAlerts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * The daily warning check: {@link WarningAlerts} runs the warning rules (and the stale-score rule) for
 * every user, one user per transaction, and notifies each warning once (when it appears, again only
 * after it cleared). One unit for the job: when some users' checks fail, the others are done and the
 * run is FAILED with the users named; the next day's run checks them again.
 */
@ApplicationScoped
public class WarningsJob implements BallastJob {

    @Inject
    WarningAlerts alerts;

    @Inject
    JobSettings settings;

    @Override
    public String id() {
        return "warnings";
    }

    @Override
    public String purpose() {
        return "Checks every user's warning rules and stale scores, and notifies each new warning once.";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.cron(settings.warningsCron(), settings.zone(), Misfire.FIRE_ONCE_NOW);
    }

    @Override
    public JobResult run(LocalDate today) {
        WorkUnits work = new WorkUnits(id());
        work.run("warning check", () -> alerts.checkAll(today));
        return work.result();
    }
}
