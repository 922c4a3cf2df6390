package org.gongjiang.store;

import java.util.List;
import org.gongjiang.domain.Candidate;

/** The public ballot: finalists with their consented public profile only. */
public interface CandidateStore {

    List<Candidate> list(String campaignId);

    void save(Candidate candidate);
}
