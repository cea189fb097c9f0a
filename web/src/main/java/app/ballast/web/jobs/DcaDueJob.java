package app.ballast.web.jobs;

import app.ballast.web.policy.DcaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * DCA due check: every user's plans up to today, one user per transaction
 * ({@link DcaService#runDueForAll}: a user whose run fails is rolled back whole and named in the run's
 * error; the next run does it again). Dates passed while no instance ran are recorded as MISSED (or
 * bought late when the plan says so); the unique key (plan, date) makes a second run, here or on
 * another instance, add nothing. Runs daily and when an instance starts.
 */
@ApplicationScoped
public class DcaDueJob implements BallastJob {

    @Inject
    DcaService dca;

    @Inject
    JobSettings settings;

    @Override
    public String id() {
        return "dca-due";
    }

    @Override
    public String purpose() {
        return "Buys (or suggests) what each DCA plan has due today; dates missed while Ballast was down are "
                + "recorded as missed.";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.cron(settings.dcaDueCron(), settings.zone(), Misfire.FIRE_ONCE_NOW);
    }

    @Override
    public boolean runsAtStartup() {
        return true;
    }

    @Override
    public JobResult run(LocalDate today) {
        DcaService.DcaDay day = dca.runDueForAll(today);
        return new JobResult(day.users(), day.failed().size(), day.added(), day.failed().entrySet().stream()
                .limit(WorkUnits.ERRORS_KEPT).map(f -> "user " + f.getKey() + ": " + f.getValue()).toList());
    }
}
