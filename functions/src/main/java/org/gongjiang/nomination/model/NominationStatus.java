package org.gongjiang.nomination.model;

/**
 * Where a nomination is in the process: 推荐 (SUBMITTED, WITHDRAWN), 资格初审 (QUALIFIED, DISQUALIFIED),
 * 专家评审 (IN_REVIEW, SCORED), 联席会议 (SHORTLISTED, REJECTED), 媒体公示 (ON_NOTICE), then FINALIST on
 * the public ballot and NAMED with a tier.
 */
public enum NominationStatus {
    SUBMITTED, WITHDRAWN, QUALIFIED, DISQUALIFIED, IN_REVIEW, SCORED, SHORTLISTED, REJECTED, ON_NOTICE, FINALIST, NAMED
}
