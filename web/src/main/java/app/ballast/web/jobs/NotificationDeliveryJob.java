package app.ballast.web.jobs;

import app.ballast.web.notify.NotificationDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * Sends the e-mails and webhook calls that are due ({@link NotificationDelivery}: claimed rows, retried
 * with backoff). Frequent and cheap, so a missed fire is skipped: the next one is at most an interval away.
 */
@ApplicationScoped
public class NotificationDeliveryJob implements BallastJob {

    @Inject
    NotificationDelivery delivery;

    @Inject
    JobSettings settings;

    @Override
    public String id() {
        return "notification-delivery";
    }

    @Override
    public String purpose() {
        return "Sends the notifications' e-mails and webhook calls that are due, retrying failed ones later.";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(settings.notificationDeliveryInterval(), Misfire.SKIP_TO_NEXT);
    }

    @Override
    public JobResult run(LocalDate today) {
        WorkUnits work = new WorkUnits(id());
        work.run("delivery", delivery::deliverPending);
        return work.result();
    }
}
