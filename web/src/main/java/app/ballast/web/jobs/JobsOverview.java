package app.ballast.web.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** Every job with its latest run and next fire, for the jobs page and GET /api/jobs. */
@ApplicationScoped
public class JobsOverview {

    @Inject
    JobRunner runner;

    @Inject
    JobRuns runs;

    @Inject
    JobScheduler scheduler;

    public List<JobStatus> jobs() {
        Map<String, JobRuns.Run> latest = runs.latest();
        return runner.jobs().stream().map(job -> new JobStatus(job.id(), job.purpose(), job.schedule(),
                latest.get(job.id()), scheduler.nextRun(job.id()).orElse(null))).toList();
    }
}
