package app.ballast.web.policy;

import app.ballast.web.policy.PositionPlansService.PlanTriggerEntityView;

import java.util.List;

/**
 * What one round of live prices did to the armed plans: the firings it recorded (each once, across
 * retries and instances) and how much it looked at.
 *
 * @param fired        the stop triggers and ladder steps recorded by this evaluation
 * @param plans        the live stops and ladders the prices were fed to (those following their asset's tick
 *                     state through its row, without reading them)
 * @param plansChanged the plans whose own stored row changed (fired, joined or left their asset's tick state,
 *                     or judged on their own state); the assets' rows are not counted
 * @param users        the users those plans belong to
 */
public record TickResult(List<PlanTriggerEntityView> fired, int plans, int plansChanged, int users) {

    public static final TickResult NOTHING = new TickResult(List.of(), 0, 0, 0);

    public TickResult {
        fired = List.copyOf(fired);
    }

    /** How many triggers fired. */
    public int firedCount() {
        return fired.size();
    }
}
