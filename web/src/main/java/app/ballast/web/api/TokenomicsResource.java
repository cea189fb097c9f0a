package app.ballast.web.api;

import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.scoring.TokenomicsAnalysis;
import app.ballast.web.scoring.TokenomicsService;
import app.ballast.web.scoring.TokenomicsService.TokenomicsDraft;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The stateless tokenomics analysis (SPEC §2). */
@Path("/api/tokenomics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenomicsResource {

    /** The body of both the analysis and a stored asset's figures; {@code months} only matters to the analysis. */
    public record TokenomicsBody(BigDecimal price, BigDecimal totalSupply, BigDecimal circulatingSupply,
                                 List<AllocationBucket.Draft> buckets, Integer months, BigDecimal monthlyEmission,
                                 BigDecimal stakingApy, BigDecimal revenueToStakers, BigDecimal valueStaked,
                                 LocalDate scheduleStart) {
        TokenomicsDraft draft() {
            return new TokenomicsDraft(price, totalSupply, circulatingSupply, buckets, monthlyEmission, stakingApy,
                    revenueToStakers, valueStaked, scheduleStart);
        }
    }

    @POST
    @Path("/analyze")
    public TokenomicsAnalysis analyze(TokenomicsBody body) {
        TokenomicsBody input = TransactionResource.requireBody(body);
        return TokenomicsService.analyze(input.draft(), input.months());
    }
}
