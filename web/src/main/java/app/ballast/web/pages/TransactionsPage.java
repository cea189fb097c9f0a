package app.ballast.web.pages;

import app.ballast.domain.TransactionType;
import app.ballast.web.ledger.AccountService;
import app.ballast.web.ledger.AccountService.AccountView;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.ledger.TransactionView;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The ledger as pages: list (filtered by asset), add, edit and delete a transaction. */
@Path("/transactions")
@Produces(MediaType.TEXT_HTML)
public class TransactionsPage {

    /** What the form needs besides its fields: the choices. */
    public record Choices(List<String> types, List<String> symbols, List<AccountView> accounts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TransactionView> transactions, String symbol, List<String> symbols,
                                            Paging paging);

        static native TemplateInstance form(Long id, TransactionForm form, Choices choices, Map<String, String> errors);

        static native TemplateInstance delete(TransactionView transaction, Map<String, String> errors);
    }

    @Inject
    LedgerService ledger;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    /** Which page of the list is shown. */
    public record Paging(int page, int pages, long total, String symbol) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public String previousLink() {
            return link(page - 1);
        }

        public String nextLink() {
            return link(page + 1);
        }

        private String link(int target) {
            return "/transactions?page=" + target + (symbol.isEmpty() ? "" : "&symbol=" + symbol);
        }
    }

    static final int PAGE_SIZE = 100;

    @GET
    public TemplateInstance list(@QueryParam("symbol") String symbol, @QueryParam("page") String pageText) {
        Integer page = pageText != null && pageText.strip().matches("\\d{1,9}") ? Integer.valueOf(pageText.strip()) : null;
        String filter = symbol == null ? "" : symbol.strip().toUpperCase(java.util.Locale.ROOT);
        if (!filter.matches("[A-Z0-9]{0,15}")) {
            filter = "";
        }
        long total = ledger.count(user.id(), filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = page == null ? 1 : Math.min(Math.max(1, page), pages);
        List<TransactionView> rows = ledger.list(user.id(), filter, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        return Templates.list(rows, filter, symbols(), new Paging(current, pages, total, filter));
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        return Templates.form(null, TransactionForm.empty(), choices(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam TransactionForm form) {
        try {
            ledger.record(user.id(), form.toInput());
            return Response.seeOther(URI.create("/transactions")).build();
        } catch (InvalidInputException e) {
            return refused(Templates.form(null, form, choices(), FormErrors.byField(e)));
        }
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        return Templates.form(id, TransactionForm.of(find(id)), choices(), Map.of());
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam TransactionForm form) {
        try {
            ledger.update(user.id(), id, form.toInput());
            return Response.seeOther(URI.create("/transactions")).build();
        } catch (InvalidInputException e) {
            return refused(Templates.form(id, form, choices(), FormErrors.byField(e)));
        }
    }

    @GET
    @Path("/{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return Templates.delete(find(id), Map.of());
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        try {
            ledger.delete(user.id(), id);
            return Response.seeOther(URI.create("/transactions")).build();
        } catch (InvalidInputException e) {
            return refused(Templates.delete(find(id), FormErrors.byField(e)));
        }
    }

    private TransactionView find(long id) {
        return ledger.find(user.id(), id).orElseThrow(() -> new NotFoundException("no transaction " + id));
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).build();
    }

    private Choices choices() {
        return new Choices(java.util.Arrays.stream(TransactionType.values()).map(Enum::name).toList(), symbols(),
                accounts.list(user.id()));
    }

    List<String> symbols() {
        return AssetEntity.<AssetEntity>list("order by symbol").stream().map(a -> a.symbol).toList();
    }
}
