package app.ballast.web.pages;

import app.ballast.web.i18n.OpsMessages;
import app.ballast.web.i18n.OpsPageMessages;
import app.ballast.web.jobs.JobRuns;
import app.ballast.web.jobs.JobSchedule;
import app.ballast.web.jobs.JobScheduler;
import app.ballast.web.jobs.JobStatus;
import app.ballast.web.jobs.JobsOverview;
import app.ballast.web.jobs.TriggerKind;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scheduled jobs: each one's schedule, latest run (duration, outcome, error) and next run, and the
 * latest runs of all. Everyone signed in sees it; the admin also gets a "Run now" button per job.
 */
@Path("/jobs")
@Produces(MediaType.TEXT_HTML)
public class JobsPage {

    /** Runs listed under the jobs. */
    static final int RECENT_RUNS = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jobs(List<JobStatus> jobs, List<JobRuns.Run> runs, boolean admin,
                                            String notice);
    }

    @Inject
    JobsOverview overview;

    @Inject
    JobRuns runs;

    @Inject
    JobScheduler scheduler;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@QueryParam("queued") String queued) {
        String notice = queued == null || overview.jobs().stream().noneMatch(j -> j.id().equals(queued)) ? null
                : OpsPageMessages.current().jobs_queued(queued);
        return Templates.jobs(overview.jobs(), runs.recent(RECENT_RUNS), user.isAdmin(), notice);
    }

    @POST
    @Path("/{id}/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@PathParam("id") String id) {
        if (!user.isAdmin()) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN)
                    .entity(OpsPageMessages.current().jobs_forbidden()).build();
        }
        if (!scheduler.runNow(id, TriggerKind.MANUAL)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN)
                    .entity(OpsPageMessages.current().jobs_unknown(id)).build();
        }
        return Response.seeOther(URI.create("/jobs?queued=" + URLEncoder.encode(id, StandardCharsets.UTF_8))).build();
    }

    /** The schedule in the page's language: "every 5 minutes", "cron 0 5 0 * * ? (UTC)" (as JobSchedule.text). */
    @TemplateExtension
    static String localText(JobSchedule schedule) {
        OpsMessages words = OpsPageMessages.current();
        if (schedule.cron() != null) {
            return words.jobs_cron(schedule.cron(), schedule.zone().getId());
        }
        long seconds = schedule.interval().toSeconds();
        if (seconds % 3600 == 0) {
            return words.jobs_every(seconds / 3600, "hour");
        }
        return seconds % 60 == 0 ? words.jobs_every(seconds / 60, "minute") : words.jobs_every(seconds, "second");
    }

    /** How long the run took: "850 ms", "12.4 s", "3 min 5 s"; "—" while it runs. */
    @TemplateExtension
    static String duration(JobRuns.Run run) {
        Long millis = run.durationMs();
        if (millis == null) {
            return "—";
        }
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1_000.0);
        }
        return millis / 60_000 + " min " + (millis % 60_000) / 1_000 + " s";
    }
}
