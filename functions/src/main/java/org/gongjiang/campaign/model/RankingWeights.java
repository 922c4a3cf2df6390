package org.gongjiang.campaign.model;

/** How the final ranking combines the expert score and the public vote; the two weights sum to 1. */
public record RankingWeights(double expertWeight, double voteWeight) {
}
