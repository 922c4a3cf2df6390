package org.gongjiang.voting.application;

import java.util.List;
import org.gongjiang.voting.model.Candidate;

/** The public ballot: finalists with their consented public profile only. */
public interface CandidateStore {

    List<Candidate> list(String campaignId);

    void save(Candidate candidate);
}
