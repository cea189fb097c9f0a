package app.ballast.web.jobs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A job's schedule: an interval or a cron expression, shown as the API and the page show it. */
class JobScheduleTest {

    @Test
    void anIntervalIsShownInIsoAndInWords() {
        JobSchedule five = JobSchedule.every(Duration.ofMinutes(5), Misfire.FIRE_ONCE_NOW);

        assertEquals("PT5M", five.expression());
        assertEquals("every 5 minutes", five.text());
        assertEquals("every 30 seconds", JobSchedule.every(Duration.ofSeconds(30), Misfire.SKIP_TO_NEXT).text());
        assertEquals("every hour", JobSchedule.every(Duration.ofHours(1), Misfire.SKIP_TO_NEXT).text());
    }

    @Test
    void aCronExpressionIsShownWithItsZone() {
        JobSchedule daily = JobSchedule.cron("0 5 0 * * ?", ZoneId.of("UTC"), Misfire.FIRE_ONCE_NOW);

        assertEquals("0 5 0 * * ?", daily.expression());
        assertEquals("cron 0 5 0 * * ? (UTC)", daily.text());
    }

    @Test
    void aWrongCronExpressionOrATooShortIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> JobSchedule.cron("every day", ZoneId.of("UTC"), Misfire.FIRE_ONCE_NOW));
        assertThrows(IllegalArgumentException.class,
                () -> JobSchedule.every(Duration.ofMillis(10), Misfire.FIRE_ONCE_NOW));
    }
}
