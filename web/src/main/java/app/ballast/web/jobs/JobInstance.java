package app.ballast.web.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import jakarta.inject.Inject;

/** This instance's name in the cluster (Quartz's instance id: host name and start time), for the run records. */
@ApplicationScoped
public class JobInstance {

    @Inject
    Scheduler scheduler;

    private volatile String id;

    public String id() {
        String known = id;
        if (known == null) {
            try {
                known = scheduler.getSchedulerInstanceId();
            } catch (SchedulerException e) {
                known = "unknown";
            }
            id = known;
        }
        return known;
    }
}
