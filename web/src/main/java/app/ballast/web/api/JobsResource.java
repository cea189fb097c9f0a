package app.ballast.web.api;

import app.ballast.web.jobs.JobScheduler;
import app.ballast.web.jobs.JobStatus;
import app.ballast.web.jobs.JobsOverview;
import app.ballast.web.jobs.TriggerKind;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/**
 * The scheduled jobs: every signed-in user sees them; only the admin (the installation's first user)
 * runs one by hand. A run asked for here goes through Quartz, so exactly one instance of a cluster
 * runs it (after a run of the same job in progress): the answer is 202, and the run appears in
 * GET /api/jobs (lastOutcome RUNNING, then its outcome) once an instance has picked it up.
 */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    /** A job: its schedule (an ISO-8601 interval or a Quartz cron expression), latest run and next run. */
    public record JobJson(String id, String schedule, Instant lastRun, Long lastDurationMs, String lastOutcome,
                          Instant nextRun) {

        static JobJson of(JobStatus job) {
            return new JobJson(job.id(), job.schedule().expression(),
                    job.lastRun() == null ? null : job.lastRun().started(),
                    job.lastRun() == null ? null : job.lastRun().durationMs(), job.lastOutcome(), job.nextRun());
        }
    }

    @Inject
    JobsOverview overview;

    @Inject
    JobScheduler scheduler;

    @Inject
    CurrentUser user;

    @GET
    public List<JobJson> list() {
        return overview.jobs().stream().map(JobJson::of).toList();
    }

    @POST
    @Path("/{id}/run")
    public Response run(@PathParam("id") String id) {
        if (!user.isAdmin()) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorResponse.of("id", "only the admin (the first user) runs a job by hand")).build();
        }
        if (!scheduler.runNow(id, TriggerKind.MANUAL)) {
            throw new NotFoundException("no job " + id);
        }
        JobStatus job = overview.jobs().stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
        return Response.accepted(JobJson.of(job)).build();
    }
}
