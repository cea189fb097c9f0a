package app.ballast.web.api;

import app.ballast.web.scoring.EventService;
import app.ballast.web.scoring.EventService.EventInput;
import app.ballast.web.scoring.EventService.EventView;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Events the caller recorded on an asset (regulation, hack, team change, …), newest first. */
@Path("/api/assets/{symbol}/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetEventResource {

    @Inject
    EventService events;

    @Inject
    CurrentUser user;

    @GET
    public List<EventView> list(@PathParam("symbol") String symbol) {
        return events.list(user.id(), symbol);
    }

    @GET
    @Path("/{id}")
    public EventView get(@PathParam("symbol") String symbol, @PathParam("id") long id) {
        return events.get(user.id(), symbol, id);
    }

    @POST
    public Response create(@PathParam("symbol") String symbol, EventInput input) {
        EventView created = events.create(user.id(), symbol, TransactionResource.requireBody(input));
        return Response.created(URI.create("/api/assets/" + created.symbol() + "/events/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public EventView update(@PathParam("symbol") String symbol, @PathParam("id") long id, EventInput input) {
        return events.update(user.id(), symbol, id, TransactionResource.requireBody(input));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("symbol") String symbol, @PathParam("id") long id) {
        events.delete(user.id(), symbol, id);
        return Response.noContent().build();
    }
}
