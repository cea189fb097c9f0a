package app.ballast.web.notify;

import app.ballast.domain.Warning;
import app.ballast.domain.WarningRule;
import app.ballast.web.persistence.WarningAlertEntity;
import app.ballast.web.policy.PolicyOverview;
import app.ballast.web.scoring.WarningService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily warning check: runs the asset rules (WarningService) and the policy rules (PolicyOverview) for
 * every user, remembers which warnings are active, and notifies a warning on the day it appears — not again
 * while it lasts, again only after it cleared and came back (its event key carries the day it appeared).
 */
@ApplicationScoped
public class WarningAlerts {

    private static final Logger LOG = Logger.getLogger(WarningAlerts.class);

    /** Stops and ladder steps are notified when they fire (STOP_TRIGGERED, TAKE_PROFIT), not as warnings. */
    static final Set<WarningRule> NOTIFIED_ELSEWHERE = Set.of(WarningRule.STOP_TRIGGERED, WarningRule.TAKE_PROFIT);

    /** Policy rules are explained on the dashboard, asset rules on the warnings page. */
    static final Set<WarningRule> POLICY_RULES = Set.of(WarningRule.POSITION_CAP, WarningRule.CORE_BAND,
            WarningRule.SECTOR_CONCENTRATION, WarningRule.VENUE_CONCENTRATION, WarningRule.STALE_PRICE,
            WarningRule.DEPEG);

    static final int SUBJECT_MAX = 100;

    @Inject
    WarningService assetWarnings;

    @Inject
    PolicyOverview policy;

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    /**
     * Checks every user, each in a transaction of their own (one user's failure does not undo the others');
     * answers how many warnings were notified. Throws at the end if any user's check failed, so that the job
     * run records the failure.
     */
    public int checkAll(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Number> users = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT id FROM app_user ORDER BY id").getResultList());
        int notified = 0;
        List<Long> failed = new ArrayList<>();
        for (Number user : users) {
            long userId = user.longValue();
            try {
                notified += QuarkusTransaction.requiringNew().call(() -> check(userId, today));
            } catch (RuntimeException e) {
                LOG.warnf(e, "The warning check of user %d failed", userId);
                failed.add(userId);
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("the warning check failed for " + failed.size() + " of " + users.size()
                    + " users (ids " + failed + "); the others were checked");
        }
        return notified;
    }

    /** One user's check, in the caller's transaction; answers how many warnings were new. */
    int check(long userId, LocalDate today) {
        // Two instances checking at once take turns per user, so neither stores the same warning twice.
        em.createNativeQuery("SELECT id FROM app_user WHERE id = ?1 FOR UPDATE").setParameter(1, userId)
                .getResultList();
        Map<String, Warning> active = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>(assetWarnings.forAllAssets(userId));
        warnings.addAll(policy.overview(userId).warnings());
        for (Warning w : warnings) {
            if (!NOTIFIED_ELSEWHERE.contains(w.rule())) {
                active.putIfAbsent(key(w.rule().name(), subject(w)), w);
            }
        }
        Map<String, WarningAlertEntity> known = new HashMap<>();
        for (WarningAlertEntity alert : WarningAlertEntity.<WarningAlertEntity>list("userId", userId)) {
            known.put(key(alert.ruleName, alert.subject), alert);
        }
        List<Notice> notices = new ArrayList<>();
        for (Map.Entry<String, Warning> entry : active.entrySet()) {
            WarningAlertEntity alert = known.remove(entry.getKey());
            if (alert != null) {
                alert.lastSeen = today;
                continue;
            }
            Warning w = entry.getValue();
            alert = new WarningAlertEntity();
            alert.userId = userId;
            alert.ruleName = w.rule().name();
            alert.subject = subject(w);
            alert.since = today;
            alert.lastSeen = today;
            alert.persist();
            notices.add(notice(userId, w, alert));
        }
        known.values().forEach(WarningAlertEntity::delete); // cleared: may notify again when it comes back
        return notices.isEmpty() ? 0 : notifications.notifyAll(notices);
    }

    static Notice notice(long userId, Warning w, WarningAlertEntity alert) {
        String title = "Warning: " + label(w.rule()) + (alert.subject.isEmpty() ? "" : " — " + alert.subject);
        return new Notice(userId, "warning:" + alert.ruleName + ":" + alert.subject + ":" + alert.since,
                NotificationKind.WARNING, title.length() > Notice.TITLE_MAX ? title.substring(0, Notice.TITLE_MAX) : title,
                w.message().length() > Notice.BODY_MAX ? w.message().substring(0, Notice.BODY_MAX) : w.message(),
                POLICY_RULES.contains(w.rule()) ? "/" : "/warnings");
    }

    /**
     * What a warning is about, as remembered: stale prices are one warning however many assets they cover
     * (the dashboard counts them, and a ninth stale price is not news).
     */
    static String subject(Warning w) {
        String subject = w.rule() == WarningRule.STALE_PRICE ? "prices" : w.subject();
        return subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
    }

    private static String key(String rule, String subject) {
        return rule + "\u0000" + subject;
    }

    static String label(WarningRule rule) {
        return switch (rule) {
            case FDV_MC -> "FDV far above market cap";
            case LOW_VOLUME -> "low volume";
            case THIN_LIQUIDITY -> "thin liquidity";
            case SENTIMENT -> "market sentiment";
            case VALUE_ZONE -> "BTC value zone";
            case HOLDER_CONCENTRATION -> "holder concentration";
            case TEAM_ALLOCATION -> "team allocation";
            case UNLOCK_PRESSURE -> "unlock pressure";
            case UNSUSTAINABLE_YIELD -> "unsustainable yield";
            case STALE_SCORE -> "score due for review";
            case POSITION_CAP -> "position above its cap";
            case CORE_BAND -> "core outside its band";
            case SECTOR_CONCENTRATION -> "sector concentration";
            case VENUE_CONCENTRATION -> "venue concentration";
            case STALE_PRICE -> "stale prices";
            case DEPEG -> "stablecoin depeg";
            case STOP_TRIGGERED -> "stop triggered";
            case TAKE_PROFIT -> "take-profit";
        };
    }
}
