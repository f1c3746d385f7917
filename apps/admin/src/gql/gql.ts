/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n      expiresAt\n    }\n  }\n": typeof types.NewCaptchaDocument,
    "\n  mutation LoginWithPassword($input: PasswordLoginInput!) {\n    loginWithPassword(input: $input) {\n      mustChangePassword\n    }\n  }\n": typeof types.LoginWithPasswordDocument,
    "\n  mutation RequestLoginOtp($input: OtpRequestInput!) {\n    requestLoginOtp(input: $input) {\n      challengeId\n      expiresAt\n      resendAvailableAt\n    }\n  }\n": typeof types.RequestLoginOtpDocument,
    "\n  mutation ResendLoginOtp($challengeId: ID!) {\n    resendLoginOtp(challengeId: $challengeId) {\n      challengeId\n      expiresAt\n      resendAvailableAt\n    }\n  }\n": typeof types.ResendLoginOtpDocument,
    "\n  mutation LoginWithOtp($input: OtpLoginInput!) {\n    loginWithOtp(input: $input) {\n      mustChangePassword\n    }\n  }\n": typeof types.LoginWithOtpDocument,
    "\n  mutation ForgotPassword($input: ForgotPasswordInput!) {\n    forgotPassword(input: $input)\n  }\n": typeof types.ForgotPasswordDocument,
    "\n  query SmsOutboxProbe {\n    smsOutbox(limit: 1) {\n      id\n    }\n  }\n": typeof types.SmsOutboxProbeDocument,
    "\n  query RegistrationOrganisations {\n    registrationOrganisations {\n      id\n      parentId\n      name\n      level\n      type\n    }\n  }\n": typeof types.RegistrationOrganisationsDocument,
    "\n  mutation SubmitRegistrationRequest($input: RegistrationInput!) {\n    submitRegistrationRequest(input: $input) {\n      trackingCode\n    }\n  }\n": typeof types.SubmitRegistrationRequestDocument,
    "\n  query RegistrationRequests($filter: RegistrationFilter!) {\n    registrationRequests(filter: $filter) {\n      total\n      items {\n        id\n        trackingCode\n        subsystem\n        organisationUnit {\n          id\n          name\n        }\n        nationalId\n        firstName\n        lastName\n        post\n        mobile\n        officePhone\n        status\n        requestedRole\n        createdAt\n        decidedAt\n        decisionReason\n      }\n    }\n  }\n": typeof types.RegistrationRequestsDocument,
    "\n  mutation ApproveRegistrationRequest($id: ID!) {\n    approveRegistrationRequest(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n": typeof types.ApproveRegistrationRequestDocument,
    "\n  mutation RejectRegistrationRequest($input: RejectRegistrationInput!) {\n    rejectRegistrationRequest(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n    }\n  }\n": typeof types.RejectRegistrationRequestDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        nationalId\n        firstName\n        lastName\n        mobile\n        post\n      }\n      roles {\n        id\n        role\n        organisationUnit {\n          id\n          name\n          type\n          level\n        }\n      }\n      activeRole {\n        id\n        role\n        organisationUnit {\n          id\n          name\n          type\n          level\n        }\n      }\n      permissions\n      mustChangePassword\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SwitchRole($roleAssignmentId: ID!) {\n    switchRole(roleAssignmentId: $roleAssignmentId) {\n      activeRole {\n        id\n      }\n    }\n  }\n": typeof types.SwitchRoleDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AuditEvents($filter: AuditFilter!) {\n    auditEvents(filter: $filter) {\n      total\n      items {\n        id\n        occurredAt\n        action\n        outcome\n        code\n        actorUserId\n        actorRole\n        subjectMasked\n        targetType\n        targetId\n        ip\n        requestId\n        details\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query SmsOutbox($to: String, $limit: Int!) {\n    smsOutbox(to: $to, limit: $limit) {\n      id\n      to\n      text\n      purpose\n      createdAt\n    }\n  }\n": typeof types.SmsOutboxDocument,
    "\n  query ApiClients {\n    apiClients {\n      id\n      name\n      keyPrefix\n      scopes\n      dailyQuota\n      ipAllowlist\n      active\n      createdAt\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: ApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n        name\n        keyPrefix\n        scopes\n        dailyQuota\n        ipAllowlist\n        active\n        createdAt\n      }\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation DeactivateApiClient($id: ID!) {\n    deactivateApiClient(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateApiClientDocument,
    "\n  mutation ReactivateApiClient($id: ID!) {\n    reactivateApiClient(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateApiClientDocument,
    "\n  mutation RotateApiClientKey($id: ID!) {\n    rotateApiClientKey(id: $id) {\n      key\n      client {\n        id\n        name\n        keyPrefix\n      }\n    }\n  }\n": typeof types.RotateApiClientKeyDocument,
    "\n  query ClusterCampaign {\n    clusterCampaign {\n      id\n      title\n      active\n      windows {\n        id\n        catchUp\n        minSize\n        maxSize\n        startDate\n        endDate\n      }\n    }\n  }\n": typeof types.ClusterCampaignDocument,
    "\n  mutation UpdateCampaignWindow($id: ID!, $input: CampaignWindowInput!) {\n    updateCampaignWindow(id: $id, input: $input) {\n      id\n      catchUp\n      minSize\n      maxSize\n      startDate\n      endDate\n    }\n  }\n": typeof types.UpdateCampaignWindowDocument,
    "\n  query SubsidyPilots {\n    subsidyPilots {\n      id\n      province\n      startsAt\n      prefixes\n      refusalCode\n      refusalMessage\n      portalUrl\n      active\n    }\n  }\n": typeof types.SubsidyPilotsDocument,
    "\n  mutation UpdateSubsidyPilot($id: ID!, $input: SubsidyPilotInput!) {\n    updateSubsidyPilot(id: $id, input: $input) {\n      id\n      province\n      startsAt\n      prefixes\n      refusalCode\n      refusalMessage\n      portalUrl\n      active\n    }\n  }\n": typeof types.UpdateSubsidyPilotDocument,
    "\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      clientId\n      url\n      active\n      createdAt\n    }\n    apiClients {\n      id\n      name\n      active\n    }\n  }\n": typeof types.WebhookSubscriptionsDocument,
    "\n  query WebhookDeliveries($subscriptionId: ID, $limit: Int!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, limit: $limit) {\n      id\n      subscriptionId\n      eventId\n      attempt\n      delivered\n      statusCode\n      error\n      durationMs\n      nextAttemptAt\n      createdAt\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query HouseholdCluster($headNationalId: String!, $trackingCode: String!, $memberCount: Int!, $captchaId: ID, $captchaAnswer: String) {\n    householdCluster(headNationalId: $headNationalId, trackingCode: $trackingCode, memberCount: $memberCount, captchaId: $captchaId, captchaAnswer: $captchaAnswer) {\n      incomeCluster\n      householdSize\n    }\n  }\n": typeof types.HouseholdClusterDocument,
    "\n  mutation ConfirmHousehold($input: HouseholdProofInput!) {\n    confirmHousehold(input: $input) {\n      id\n      kind\n      channel\n      createdAt\n    }\n  }\n": typeof types.ConfirmHouseholdDocument,
    "\n  mutation FileClusterObjection($input: HouseholdProofInput!, $body: ObjectionBody!, $reason: String!) {\n    fileClusterObjection(input: $input, body: $body, reason: $reason) {\n      id\n      kind\n      body\n      status\n      createdAt\n    }\n  }\n": typeof types.FileClusterObjectionDocument,
    "\n  query SmsSimulatorProbe {\n    smsOutbox(limit: 1) {\n      id\n    }\n  }\n": typeof types.SmsSimulatorProbeDocument,
    "\n  mutation RegisterVitalEvent($input: VitalEventInput!) {\n    registerVitalEvent(input: $input) {\n      id\n      type\n      source\n      occurredAt\n      householdIds\n      nationalIds\n    }\n  }\n": typeof types.RegisterVitalEventDocument,
    "\n  query ClusterObjections($body: ObjectionBody!, $status: ObjectionStatus, $offset: Int!, $limit: Int!) {\n    clusterObjections(body: $body, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        householdId\n        channel\n        officeCode\n        reason\n        status\n        resolution\n        createdAt\n      }\n    }\n  }\n": typeof types.ClusterObjectionsDocument,
    "\n  mutation ResolveClusterObjection($id: ID!, $accepted: Boolean!, $resolution: String!) {\n    resolveClusterObjection(id: $id, accepted: $accepted, resolution: $resolution) {\n      id\n      status\n      resolution\n    }\n  }\n": typeof types.ResolveClusterObjectionDocument,
    "\n  query HouseholdStructure($nationalId: String!) {\n    householdStructure(nationalId: $nationalId) {\n      id\n      lastChangedAt\n      head {\n        nationalId\n      }\n      members {\n        nationalId\n        firstName\n        lastName\n        birthDate\n        gender\n        relation\n        joinedAt\n      }\n    }\n  }\n": typeof types.HouseholdStructureDocument,
    "\n  query HouseholdTimeline($householdId: ID!) {\n    householdTimeline(householdId: $householdId) {\n      id\n      type\n      source\n      occurredAt\n      recordedAt\n      nationalIds\n    }\n  }\n": typeof types.HouseholdTimelineDocument,
    "\n  mutation SimulateInboundSms($from: String!, $text: String!) {\n    simulateInboundSms(from: $from, text: $text) {\n      reply\n    }\n  }\n": typeof types.SimulateInboundSmsDocument,
    "\n  mutation SubsidyServiceRequest($nationalId: String!, $service: SubsidyService!) {\n    subsidyServiceRequest(nationalId: $nationalId, service: $service) {\n      id\n      service\n      recordedAt\n    }\n  }\n": typeof types.SubsidyServiceRequestDocument,
    "\n  query NationalIdInfo($nationalId: String!) {\n    nationalIdInfo(nationalId: $nationalId) {\n      normalized\n      valid\n      reason\n      issuancePlace {\n        prefix\n        province\n        city\n      }\n    }\n  }\n": typeof types.NationalIdInfoDocument,
    "\n  query MyOrganisationUnits {\n    myOrganisationUnits {\n      id\n      parentId\n      code\n      name\n      level\n      type\n      province\n    }\n  }\n": typeof types.MyOrganisationUnitsDocument,
    "\n  query ReviewIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        unitOfMeasure\n        target\n        scoreCap\n        aggregation\n        status\n        organisationUnit {\n          id\n          name\n        }\n        topReferrals {\n          id\n          status\n          province\n          target\n          deadline\n          returnReason\n          assignee {\n            id\n            firstName\n            lastName\n            post\n          }\n          entry {\n            value\n          }\n          children {\n            id\n            entry {\n              value\n            }\n            children {\n              id\n              entry {\n                value\n              }\n              children {\n                id\n                entry {\n                  value\n                }\n                children {\n                  id\n                  entry {\n                    value\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewIndicatorsDocument,
    "\n  query ApprovedCount($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n    }\n  }\n": typeof types.ApprovedCountDocument,
    "\n  mutation ApproveIndicator($id: ID!) {\n    approveIndicator(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveIndicatorDocument,
    "\n  mutation ForwardApprovedIndicators($periodId: ID!) {\n    forwardApprovedIndicators(periodId: $periodId)\n  }\n": typeof types.ForwardApprovedIndicatorsDocument,
    "\n  query CartableUnits($periodId: ID!) {\n    cartableUnits(periodId: $periodId) {\n      unit {\n        id\n        name\n        parentId\n        level\n        type\n        province\n      }\n      generalReferredPercent\n      specificReferredPercent\n      daysLeft\n    }\n  }\n": typeof types.CartableUnitsDocument,
    "\n  query CartableIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        legalBasis\n        nature\n        comparisonType\n        aggregation\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        status\n        organisationUnitId\n      }\n    }\n  }\n": typeof types.CartableIndicatorsDocument,
    "\n  query EvaluationPeriods {\n    evaluationPeriods {\n      id\n      title\n      startDate\n      endDate\n      status\n    }\n  }\n": typeof types.EvaluationPeriodsDocument,
    "\n  query PerformanceDashboard($periodId: ID!) {\n    performanceDashboard(periodId: $periodId) {\n      unit {\n        id\n        name\n        type\n        level\n      }\n      indicators\n      referred\n      approved\n      total\n    }\n  }\n": typeof types.PerformanceDashboardDocument,
    "\n  query ScoringSheet($periodId: ID!, $organisationUnitId: ID!) {\n    scoringSheet(periodId: $periodId, organisationUnitId: $organisationUnitId) {\n      formula\n      total\n      general {\n        value\n        achievement\n        score\n        indicator {\n          id\n          title\n          legalBasis\n          nature\n          comparisonType\n          unitOfMeasure\n          target\n          scoreCap\n          weight\n          status\n        }\n      }\n      specific {\n        value\n        achievement\n        score\n        indicator {\n          id\n          title\n          legalBasis\n          nature\n          comparisonType\n          unitOfMeasure\n          target\n          scoreCap\n          weight\n          status\n        }\n      }\n    }\n  }\n": typeof types.ScoringSheetDocument,
    "\n  query ForwardedIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        status\n        evaluationNote\n        organisationUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ForwardedIndicatorsDocument,
    "\n  mutation EvaluateIndicator($id: ID!, $note: String) {\n    evaluateIndicator(id: $id, note: $note) {\n      id\n      status\n      evaluationNote\n    }\n  }\n": typeof types.EvaluateIndicatorDocument,
    "\n  query IndicatorProposals($filter: ProposalFilter!) {\n    indicatorProposals(filter: $filter) {\n      total\n      items {\n        id\n        periodId\n        organisationUnitId\n        title\n        unitOfMeasure\n        nature\n        calculationMethod\n        comparisonType\n        targetUpper\n        targetLower\n        target\n        score\n        createdAt\n        status\n        decisionReason\n      }\n    }\n  }\n": typeof types.IndicatorProposalsDocument,
    "\n  mutation ApproveIndicatorProposal($id: ID!) {\n    approveIndicatorProposal(id: $id) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.ApproveIndicatorProposalDocument,
    "\n  mutation RejectIndicatorProposal($id: ID!, $reason: String!) {\n    rejectIndicatorProposal(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.RejectIndicatorProposalDocument,
    "\n  query MyIndicatorProposals($filter: ProposalFilter!) {\n    myIndicatorProposals(filter: $filter) {\n      total\n      items {\n        id\n        periodId\n        organisationUnitId\n        title\n        unitOfMeasure\n        nature\n        calculationMethod\n        comparisonType\n        targetUpper\n        targetLower\n        target\n        score\n        createdAt\n        status\n        decisionReason\n      }\n    }\n  }\n": typeof types.MyIndicatorProposalsDocument,
    "\n  query ProposalUnits {\n    registrationOrganisations {\n      id\n      parentId\n      name\n      level\n      type\n      province\n    }\n  }\n": typeof types.ProposalUnitsDocument,
    "\n  mutation ProposeIndicator($input: ProposalInput!) {\n    proposeIndicator(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeIndicatorDocument,
    "\n  query ReferralCandidates {\n    referralCandidates {\n      id\n      firstName\n      lastName\n      post\n    }\n  }\n": typeof types.ReferralCandidatesDocument,
    "\n  mutation ReferIndicator($indicatorId: ID!, $input: ReferInput!) {\n    referIndicator(indicatorId: $indicatorId, input: $input) {\n      id\n      status\n      deadline\n      province\n      target\n    }\n  }\n": typeof types.ReferIndicatorDocument,
    "\n  mutation ReferFurther($referralId: ID!, $input: ReferInput!) {\n    referFurther(referralId: $referralId, input: $input) {\n      id\n      status\n      deadline\n      province\n      target\n    }\n  }\n": typeof types.ReferFurtherDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      breakdown\n      deadline\n      daysLeft\n      overdue\n      province\n      target\n      returnReason\n      parentId\n      assigneeId\n      referrer {\n        id\n        firstName\n        lastName\n        post\n      }\n      assignee {\n        id\n        firstName\n        lastName\n        post\n      }\n      organisationUnit {\n        id\n        name\n      }\n      indicator {\n        id\n        title\n        legalBasis\n        nature\n        comparisonType\n        aggregation\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        period {\n          id\n          title\n          endDate\n        }\n      }\n      entry {\n        value\n        hasStrategicPlan\n        hasInformationSystem\n        description\n        keyObstacles\n        improvementMeasures\n        partnerPerformance\n        isBaseline\n        baselineNote\n        evidenceFileIds\n        updatedAt\n      }\n      children {\n        id\n        status\n        deadline\n        daysLeft\n        overdue\n        province\n        target\n        returnReason\n        assignee {\n          id\n          firstName\n          lastName\n          post\n        }\n        entry {\n          value\n          description\n          evidenceFileIds\n          updatedAt\n        }\n        children {\n          id\n          status\n          entry {\n            value\n          }\n          children {\n            id\n            entry {\n              value\n            }\n            children {\n              id\n              entry {\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  mutation SavePerformanceEntry($referralId: ID!, $input: PerformanceEntryInput!) {\n    savePerformanceEntry(referralId: $referralId, input: $input) {\n      value\n      evidenceFileIds\n      updatedAt\n    }\n  }\n": typeof types.SavePerformanceEntryDocument,
    "\n  mutation FinishReferral($id: ID!) {\n    finishReferral(id: $id) {\n      id\n      status\n      returnReason\n    }\n  }\n": typeof types.FinishReferralDocument,
    "\n  mutation ReturnReferral($id: ID!, $reason: String!) {\n    returnReferral(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n": typeof types.ReturnReferralDocument,
    "\n  query MyReferrals($filter: ReferralFilter!) {\n    myReferrals(filter: $filter) {\n      total\n      items {\n        id\n        status\n        deadline\n        daysLeft\n        overdue\n        province\n        target\n        returnReason\n        indicator {\n          id\n          title\n          unitOfMeasure\n          period {\n            id\n            title\n          }\n        }\n        referrer {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.MyReferralsDocument,
    "\n  query MyReferralIds($filter: ReferralFilter!) {\n    myReferrals(filter: $filter) {\n      total\n      items {\n        id\n      }\n    }\n  }\n": typeof types.MyReferralIdsDocument,
    "\n  query ErrorCodes {\n    errorCodes\n  }\n": typeof types.ErrorCodesDocument,
};
const documents: Documents = {
    "\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n      expiresAt\n    }\n  }\n": types.NewCaptchaDocument,
    "\n  mutation LoginWithPassword($input: PasswordLoginInput!) {\n    loginWithPassword(input: $input) {\n      mustChangePassword\n    }\n  }\n": types.LoginWithPasswordDocument,
    "\n  mutation RequestLoginOtp($input: OtpRequestInput!) {\n    requestLoginOtp(input: $input) {\n      challengeId\n      expiresAt\n      resendAvailableAt\n    }\n  }\n": types.RequestLoginOtpDocument,
    "\n  mutation ResendLoginOtp($challengeId: ID!) {\n    resendLoginOtp(challengeId: $challengeId) {\n      challengeId\n      expiresAt\n      resendAvailableAt\n    }\n  }\n": types.ResendLoginOtpDocument,
    "\n  mutation LoginWithOtp($input: OtpLoginInput!) {\n    loginWithOtp(input: $input) {\n      mustChangePassword\n    }\n  }\n": types.LoginWithOtpDocument,
    "\n  mutation ForgotPassword($input: ForgotPasswordInput!) {\n    forgotPassword(input: $input)\n  }\n": types.ForgotPasswordDocument,
    "\n  query SmsOutboxProbe {\n    smsOutbox(limit: 1) {\n      id\n    }\n  }\n": types.SmsOutboxProbeDocument,
    "\n  query RegistrationOrganisations {\n    registrationOrganisations {\n      id\n      parentId\n      name\n      level\n      type\n    }\n  }\n": types.RegistrationOrganisationsDocument,
    "\n  mutation SubmitRegistrationRequest($input: RegistrationInput!) {\n    submitRegistrationRequest(input: $input) {\n      trackingCode\n    }\n  }\n": types.SubmitRegistrationRequestDocument,
    "\n  query RegistrationRequests($filter: RegistrationFilter!) {\n    registrationRequests(filter: $filter) {\n      total\n      items {\n        id\n        trackingCode\n        subsystem\n        organisationUnit {\n          id\n          name\n        }\n        nationalId\n        firstName\n        lastName\n        post\n        mobile\n        officePhone\n        status\n        requestedRole\n        createdAt\n        decidedAt\n        decisionReason\n      }\n    }\n  }\n": types.RegistrationRequestsDocument,
    "\n  mutation ApproveRegistrationRequest($id: ID!) {\n    approveRegistrationRequest(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n": types.ApproveRegistrationRequestDocument,
    "\n  mutation RejectRegistrationRequest($input: RejectRegistrationInput!) {\n    rejectRegistrationRequest(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n    }\n  }\n": types.RejectRegistrationRequestDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        nationalId\n        firstName\n        lastName\n        mobile\n        post\n      }\n      roles {\n        id\n        role\n        organisationUnit {\n          id\n          name\n          type\n          level\n        }\n      }\n      activeRole {\n        id\n        role\n        organisationUnit {\n          id\n          name\n          type\n          level\n        }\n      }\n      permissions\n      mustChangePassword\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SwitchRole($roleAssignmentId: ID!) {\n    switchRole(roleAssignmentId: $roleAssignmentId) {\n      activeRole {\n        id\n      }\n    }\n  }\n": types.SwitchRoleDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query AuditEvents($filter: AuditFilter!) {\n    auditEvents(filter: $filter) {\n      total\n      items {\n        id\n        occurredAt\n        action\n        outcome\n        code\n        actorUserId\n        actorRole\n        subjectMasked\n        targetType\n        targetId\n        ip\n        requestId\n        details\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query SmsOutbox($to: String, $limit: Int!) {\n    smsOutbox(to: $to, limit: $limit) {\n      id\n      to\n      text\n      purpose\n      createdAt\n    }\n  }\n": types.SmsOutboxDocument,
    "\n  query ApiClients {\n    apiClients {\n      id\n      name\n      keyPrefix\n      scopes\n      dailyQuota\n      ipAllowlist\n      active\n      createdAt\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: ApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n        name\n        keyPrefix\n        scopes\n        dailyQuota\n        ipAllowlist\n        active\n        createdAt\n      }\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation DeactivateApiClient($id: ID!) {\n    deactivateApiClient(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateApiClientDocument,
    "\n  mutation ReactivateApiClient($id: ID!) {\n    reactivateApiClient(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateApiClientDocument,
    "\n  mutation RotateApiClientKey($id: ID!) {\n    rotateApiClientKey(id: $id) {\n      key\n      client {\n        id\n        name\n        keyPrefix\n      }\n    }\n  }\n": types.RotateApiClientKeyDocument,
    "\n  query ClusterCampaign {\n    clusterCampaign {\n      id\n      title\n      active\n      windows {\n        id\n        catchUp\n        minSize\n        maxSize\n        startDate\n        endDate\n      }\n    }\n  }\n": types.ClusterCampaignDocument,
    "\n  mutation UpdateCampaignWindow($id: ID!, $input: CampaignWindowInput!) {\n    updateCampaignWindow(id: $id, input: $input) {\n      id\n      catchUp\n      minSize\n      maxSize\n      startDate\n      endDate\n    }\n  }\n": types.UpdateCampaignWindowDocument,
    "\n  query SubsidyPilots {\n    subsidyPilots {\n      id\n      province\n      startsAt\n      prefixes\n      refusalCode\n      refusalMessage\n      portalUrl\n      active\n    }\n  }\n": types.SubsidyPilotsDocument,
    "\n  mutation UpdateSubsidyPilot($id: ID!, $input: SubsidyPilotInput!) {\n    updateSubsidyPilot(id: $id, input: $input) {\n      id\n      province\n      startsAt\n      prefixes\n      refusalCode\n      refusalMessage\n      portalUrl\n      active\n    }\n  }\n": types.UpdateSubsidyPilotDocument,
    "\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      clientId\n      url\n      active\n      createdAt\n    }\n    apiClients {\n      id\n      name\n      active\n    }\n  }\n": types.WebhookSubscriptionsDocument,
    "\n  query WebhookDeliveries($subscriptionId: ID, $limit: Int!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, limit: $limit) {\n      id\n      subscriptionId\n      eventId\n      attempt\n      delivered\n      statusCode\n      error\n      durationMs\n      nextAttemptAt\n      createdAt\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query HouseholdCluster($headNationalId: String!, $trackingCode: String!, $memberCount: Int!, $captchaId: ID, $captchaAnswer: String) {\n    householdCluster(headNationalId: $headNationalId, trackingCode: $trackingCode, memberCount: $memberCount, captchaId: $captchaId, captchaAnswer: $captchaAnswer) {\n      incomeCluster\n      householdSize\n    }\n  }\n": types.HouseholdClusterDocument,
    "\n  mutation ConfirmHousehold($input: HouseholdProofInput!) {\n    confirmHousehold(input: $input) {\n      id\n      kind\n      channel\n      createdAt\n    }\n  }\n": types.ConfirmHouseholdDocument,
    "\n  mutation FileClusterObjection($input: HouseholdProofInput!, $body: ObjectionBody!, $reason: String!) {\n    fileClusterObjection(input: $input, body: $body, reason: $reason) {\n      id\n      kind\n      body\n      status\n      createdAt\n    }\n  }\n": types.FileClusterObjectionDocument,
    "\n  query SmsSimulatorProbe {\n    smsOutbox(limit: 1) {\n      id\n    }\n  }\n": types.SmsSimulatorProbeDocument,
    "\n  mutation RegisterVitalEvent($input: VitalEventInput!) {\n    registerVitalEvent(input: $input) {\n      id\n      type\n      source\n      occurredAt\n      householdIds\n      nationalIds\n    }\n  }\n": types.RegisterVitalEventDocument,
    "\n  query ClusterObjections($body: ObjectionBody!, $status: ObjectionStatus, $offset: Int!, $limit: Int!) {\n    clusterObjections(body: $body, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        householdId\n        channel\n        officeCode\n        reason\n        status\n        resolution\n        createdAt\n      }\n    }\n  }\n": types.ClusterObjectionsDocument,
    "\n  mutation ResolveClusterObjection($id: ID!, $accepted: Boolean!, $resolution: String!) {\n    resolveClusterObjection(id: $id, accepted: $accepted, resolution: $resolution) {\n      id\n      status\n      resolution\n    }\n  }\n": types.ResolveClusterObjectionDocument,
    "\n  query HouseholdStructure($nationalId: String!) {\n    householdStructure(nationalId: $nationalId) {\n      id\n      lastChangedAt\n      head {\n        nationalId\n      }\n      members {\n        nationalId\n        firstName\n        lastName\n        birthDate\n        gender\n        relation\n        joinedAt\n      }\n    }\n  }\n": types.HouseholdStructureDocument,
    "\n  query HouseholdTimeline($householdId: ID!) {\n    householdTimeline(householdId: $householdId) {\n      id\n      type\n      source\n      occurredAt\n      recordedAt\n      nationalIds\n    }\n  }\n": types.HouseholdTimelineDocument,
    "\n  mutation SimulateInboundSms($from: String!, $text: String!) {\n    simulateInboundSms(from: $from, text: $text) {\n      reply\n    }\n  }\n": types.SimulateInboundSmsDocument,
    "\n  mutation SubsidyServiceRequest($nationalId: String!, $service: SubsidyService!) {\n    subsidyServiceRequest(nationalId: $nationalId, service: $service) {\n      id\n      service\n      recordedAt\n    }\n  }\n": types.SubsidyServiceRequestDocument,
    "\n  query NationalIdInfo($nationalId: String!) {\n    nationalIdInfo(nationalId: $nationalId) {\n      normalized\n      valid\n      reason\n      issuancePlace {\n        prefix\n        province\n        city\n      }\n    }\n  }\n": types.NationalIdInfoDocument,
    "\n  query MyOrganisationUnits {\n    myOrganisationUnits {\n      id\n      parentId\n      code\n      name\n      level\n      type\n      province\n    }\n  }\n": types.MyOrganisationUnitsDocument,
    "\n  query ReviewIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        unitOfMeasure\n        target\n        scoreCap\n        aggregation\n        status\n        organisationUnit {\n          id\n          name\n        }\n        topReferrals {\n          id\n          status\n          province\n          target\n          deadline\n          returnReason\n          assignee {\n            id\n            firstName\n            lastName\n            post\n          }\n          entry {\n            value\n          }\n          children {\n            id\n            entry {\n              value\n            }\n            children {\n              id\n              entry {\n                value\n              }\n              children {\n                id\n                entry {\n                  value\n                }\n                children {\n                  id\n                  entry {\n                    value\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReviewIndicatorsDocument,
    "\n  query ApprovedCount($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n    }\n  }\n": types.ApprovedCountDocument,
    "\n  mutation ApproveIndicator($id: ID!) {\n    approveIndicator(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveIndicatorDocument,
    "\n  mutation ForwardApprovedIndicators($periodId: ID!) {\n    forwardApprovedIndicators(periodId: $periodId)\n  }\n": types.ForwardApprovedIndicatorsDocument,
    "\n  query CartableUnits($periodId: ID!) {\n    cartableUnits(periodId: $periodId) {\n      unit {\n        id\n        name\n        parentId\n        level\n        type\n        province\n      }\n      generalReferredPercent\n      specificReferredPercent\n      daysLeft\n    }\n  }\n": types.CartableUnitsDocument,
    "\n  query CartableIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        legalBasis\n        nature\n        comparisonType\n        aggregation\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        status\n        organisationUnitId\n      }\n    }\n  }\n": types.CartableIndicatorsDocument,
    "\n  query EvaluationPeriods {\n    evaluationPeriods {\n      id\n      title\n      startDate\n      endDate\n      status\n    }\n  }\n": types.EvaluationPeriodsDocument,
    "\n  query PerformanceDashboard($periodId: ID!) {\n    performanceDashboard(periodId: $periodId) {\n      unit {\n        id\n        name\n        type\n        level\n      }\n      indicators\n      referred\n      approved\n      total\n    }\n  }\n": types.PerformanceDashboardDocument,
    "\n  query ScoringSheet($periodId: ID!, $organisationUnitId: ID!) {\n    scoringSheet(periodId: $periodId, organisationUnitId: $organisationUnitId) {\n      formula\n      total\n      general {\n        value\n        achievement\n        score\n        indicator {\n          id\n          title\n          legalBasis\n          nature\n          comparisonType\n          unitOfMeasure\n          target\n          scoreCap\n          weight\n          status\n        }\n      }\n      specific {\n        value\n        achievement\n        score\n        indicator {\n          id\n          title\n          legalBasis\n          nature\n          comparisonType\n          unitOfMeasure\n          target\n          scoreCap\n          weight\n          status\n        }\n      }\n    }\n  }\n": types.ScoringSheetDocument,
    "\n  query ForwardedIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        status\n        evaluationNote\n        organisationUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ForwardedIndicatorsDocument,
    "\n  mutation EvaluateIndicator($id: ID!, $note: String) {\n    evaluateIndicator(id: $id, note: $note) {\n      id\n      status\n      evaluationNote\n    }\n  }\n": types.EvaluateIndicatorDocument,
    "\n  query IndicatorProposals($filter: ProposalFilter!) {\n    indicatorProposals(filter: $filter) {\n      total\n      items {\n        id\n        periodId\n        organisationUnitId\n        title\n        unitOfMeasure\n        nature\n        calculationMethod\n        comparisonType\n        targetUpper\n        targetLower\n        target\n        score\n        createdAt\n        status\n        decisionReason\n      }\n    }\n  }\n": types.IndicatorProposalsDocument,
    "\n  mutation ApproveIndicatorProposal($id: ID!) {\n    approveIndicatorProposal(id: $id) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.ApproveIndicatorProposalDocument,
    "\n  mutation RejectIndicatorProposal($id: ID!, $reason: String!) {\n    rejectIndicatorProposal(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.RejectIndicatorProposalDocument,
    "\n  query MyIndicatorProposals($filter: ProposalFilter!) {\n    myIndicatorProposals(filter: $filter) {\n      total\n      items {\n        id\n        periodId\n        organisationUnitId\n        title\n        unitOfMeasure\n        nature\n        calculationMethod\n        comparisonType\n        targetUpper\n        targetLower\n        target\n        score\n        createdAt\n        status\n        decisionReason\n      }\n    }\n  }\n": types.MyIndicatorProposalsDocument,
    "\n  query ProposalUnits {\n    registrationOrganisations {\n      id\n      parentId\n      name\n      level\n      type\n      province\n    }\n  }\n": types.ProposalUnitsDocument,
    "\n  mutation ProposeIndicator($input: ProposalInput!) {\n    proposeIndicator(input: $input) {\n      id\n      status\n    }\n  }\n": types.ProposeIndicatorDocument,
    "\n  query ReferralCandidates {\n    referralCandidates {\n      id\n      firstName\n      lastName\n      post\n    }\n  }\n": types.ReferralCandidatesDocument,
    "\n  mutation ReferIndicator($indicatorId: ID!, $input: ReferInput!) {\n    referIndicator(indicatorId: $indicatorId, input: $input) {\n      id\n      status\n      deadline\n      province\n      target\n    }\n  }\n": types.ReferIndicatorDocument,
    "\n  mutation ReferFurther($referralId: ID!, $input: ReferInput!) {\n    referFurther(referralId: $referralId, input: $input) {\n      id\n      status\n      deadline\n      province\n      target\n    }\n  }\n": types.ReferFurtherDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      breakdown\n      deadline\n      daysLeft\n      overdue\n      province\n      target\n      returnReason\n      parentId\n      assigneeId\n      referrer {\n        id\n        firstName\n        lastName\n        post\n      }\n      assignee {\n        id\n        firstName\n        lastName\n        post\n      }\n      organisationUnit {\n        id\n        name\n      }\n      indicator {\n        id\n        title\n        legalBasis\n        nature\n        comparisonType\n        aggregation\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        period {\n          id\n          title\n          endDate\n        }\n      }\n      entry {\n        value\n        hasStrategicPlan\n        hasInformationSystem\n        description\n        keyObstacles\n        improvementMeasures\n        partnerPerformance\n        isBaseline\n        baselineNote\n        evidenceFileIds\n        updatedAt\n      }\n      children {\n        id\n        status\n        deadline\n        daysLeft\n        overdue\n        province\n        target\n        returnReason\n        assignee {\n          id\n          firstName\n          lastName\n          post\n        }\n        entry {\n          value\n          description\n          evidenceFileIds\n          updatedAt\n        }\n        children {\n          id\n          status\n          entry {\n            value\n          }\n          children {\n            id\n            entry {\n              value\n            }\n            children {\n              id\n              entry {\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReferralDocument,
    "\n  mutation SavePerformanceEntry($referralId: ID!, $input: PerformanceEntryInput!) {\n    savePerformanceEntry(referralId: $referralId, input: $input) {\n      value\n      evidenceFileIds\n      updatedAt\n    }\n  }\n": types.SavePerformanceEntryDocument,
    "\n  mutation FinishReferral($id: ID!) {\n    finishReferral(id: $id) {\n      id\n      status\n      returnReason\n    }\n  }\n": types.FinishReferralDocument,
    "\n  mutation ReturnReferral($id: ID!, $reason: String!) {\n    returnReferral(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n": types.ReturnReferralDocument,
    "\n  query MyReferrals($filter: ReferralFilter!) {\n    myReferrals(filter: $filter) {\n      total\n      items {\n        id\n        status\n        deadline\n        daysLeft\n        overdue\n        province\n        target\n        returnReason\n        indicator {\n          id\n          title\n          unitOfMeasure\n          period {\n            id\n            title\n          }\n        }\n        referrer {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.MyReferralsDocument,
    "\n  query MyReferralIds($filter: ReferralFilter!) {\n    myReferrals(filter: $filter) {\n      total\n      items {\n        id\n      }\n    }\n  }\n": types.MyReferralIdsDocument,
    "\n  query ErrorCodes {\n    errorCodes\n  }\n": types.ErrorCodesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithPassword($input: PasswordLoginInput!) {\n    loginWithPassword(input: $input) {\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation LoginWithPassword($input: PasswordLoginInput!) {\n    loginWithPassword(input: $input) {\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginOtp($input: OtpRequestInput!) {\n    requestLoginOtp(input: $input) {\n      challengeId\n      expiresAt\n      resendAvailableAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLoginOtp($input: OtpRequestInput!) {\n    requestLoginOtp(input: $input) {\n      challengeId\n      expiresAt\n      resendAvailableAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendLoginOtp($challengeId: ID!) {\n    resendLoginOtp(challengeId: $challengeId) {\n      challengeId\n      expiresAt\n      resendAvailableAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendLoginOtp($challengeId: ID!) {\n    resendLoginOtp(challengeId: $challengeId) {\n      challengeId\n      expiresAt\n      resendAvailableAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithOtp($input: OtpLoginInput!) {\n    loginWithOtp(input: $input) {\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation LoginWithOtp($input: OtpLoginInput!) {\n    loginWithOtp(input: $input) {\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPassword($input: ForgotPasswordInput!) {\n    forgotPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ForgotPassword($input: ForgotPasswordInput!) {\n    forgotPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsOutboxProbe {\n    smsOutbox(limit: 1) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SmsOutboxProbe {\n    smsOutbox(limit: 1) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationOrganisations {\n    registrationOrganisations {\n      id\n      parentId\n      name\n      level\n      type\n    }\n  }\n"): (typeof documents)["\n  query RegistrationOrganisations {\n    registrationOrganisations {\n      id\n      parentId\n      name\n      level\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRegistrationRequest($input: RegistrationInput!) {\n    submitRegistrationRequest(input: $input) {\n      trackingCode\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRegistrationRequest($input: RegistrationInput!) {\n    submitRegistrationRequest(input: $input) {\n      trackingCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationRequests($filter: RegistrationFilter!) {\n    registrationRequests(filter: $filter) {\n      total\n      items {\n        id\n        trackingCode\n        subsystem\n        organisationUnit {\n          id\n          name\n        }\n        nationalId\n        firstName\n        lastName\n        post\n        mobile\n        officePhone\n        status\n        requestedRole\n        createdAt\n        decidedAt\n        decisionReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationRequests($filter: RegistrationFilter!) {\n    registrationRequests(filter: $filter) {\n      total\n      items {\n        id\n        trackingCode\n        subsystem\n        organisationUnit {\n          id\n          name\n        }\n        nationalId\n        firstName\n        lastName\n        post\n        mobile\n        officePhone\n        status\n        requestedRole\n        createdAt\n        decidedAt\n        decisionReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRegistrationRequest($id: ID!) {\n    approveRegistrationRequest(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRegistrationRequest($id: ID!) {\n    approveRegistrationRequest(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRegistrationRequest($input: RejectRegistrationInput!) {\n    rejectRegistrationRequest(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRegistrationRequest($input: RejectRegistrationInput!) {\n    rejectRegistrationRequest(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        nationalId\n        firstName\n        lastName\n        mobile\n        post\n      }\n      roles {\n        id\n        role\n        organisationUnit {\n          id\n          name\n          type\n          level\n        }\n      }\n      activeRole {\n        id\n        role\n        organisationUnit {\n          id\n          name\n          type\n          level\n        }\n      }\n      permissions\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        id\n        nationalId\n        firstName\n        lastName\n        mobile\n        post\n      }\n      roles {\n        id\n        role\n        organisationUnit {\n          id\n          name\n          type\n          level\n        }\n      }\n      activeRole {\n        id\n        role\n        organisationUnit {\n          id\n          name\n          type\n          level\n        }\n      }\n      permissions\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchRole($roleAssignmentId: ID!) {\n    switchRole(roleAssignmentId: $roleAssignmentId) {\n      activeRole {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchRole($roleAssignmentId: ID!) {\n    switchRole(roleAssignmentId: $roleAssignmentId) {\n      activeRole {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter!) {\n    auditEvents(filter: $filter) {\n      total\n      items {\n        id\n        occurredAt\n        action\n        outcome\n        code\n        actorUserId\n        actorRole\n        subjectMasked\n        targetType\n        targetId\n        ip\n        requestId\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilter!) {\n    auditEvents(filter: $filter) {\n      total\n      items {\n        id\n        occurredAt\n        action\n        outcome\n        code\n        actorUserId\n        actorRole\n        subjectMasked\n        targetType\n        targetId\n        ip\n        requestId\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsOutbox($to: String, $limit: Int!) {\n    smsOutbox(to: $to, limit: $limit) {\n      id\n      to\n      text\n      purpose\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query SmsOutbox($to: String, $limit: Int!) {\n    smsOutbox(to: $to, limit: $limit) {\n      id\n      to\n      text\n      purpose\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClients {\n    apiClients {\n      id\n      name\n      keyPrefix\n      scopes\n      dailyQuota\n      ipAllowlist\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ApiClients {\n    apiClients {\n      id\n      name\n      keyPrefix\n      scopes\n      dailyQuota\n      ipAllowlist\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: ApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n        name\n        keyPrefix\n        scopes\n        dailyQuota\n        ipAllowlist\n        active\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiClient($input: ApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n        name\n        keyPrefix\n        scopes\n        dailyQuota\n        ipAllowlist\n        active\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateApiClient($id: ID!) {\n    deactivateApiClient(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateApiClient($id: ID!) {\n    deactivateApiClient(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateApiClient($id: ID!) {\n    reactivateApiClient(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateApiClient($id: ID!) {\n    reactivateApiClient(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiClientKey($id: ID!) {\n    rotateApiClientKey(id: $id) {\n      key\n      client {\n        id\n        name\n        keyPrefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateApiClientKey($id: ID!) {\n    rotateApiClientKey(id: $id) {\n      key\n      client {\n        id\n        name\n        keyPrefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterCampaign {\n    clusterCampaign {\n      id\n      title\n      active\n      windows {\n        id\n        catchUp\n        minSize\n        maxSize\n        startDate\n        endDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterCampaign {\n    clusterCampaign {\n      id\n      title\n      active\n      windows {\n        id\n        catchUp\n        minSize\n        maxSize\n        startDate\n        endDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaignWindow($id: ID!, $input: CampaignWindowInput!) {\n    updateCampaignWindow(id: $id, input: $input) {\n      id\n      catchUp\n      minSize\n      maxSize\n      startDate\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaignWindow($id: ID!, $input: CampaignWindowInput!) {\n    updateCampaignWindow(id: $id, input: $input) {\n      id\n      catchUp\n      minSize\n      maxSize\n      startDate\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyPilots {\n    subsidyPilots {\n      id\n      province\n      startsAt\n      prefixes\n      refusalCode\n      refusalMessage\n      portalUrl\n      active\n    }\n  }\n"): (typeof documents)["\n  query SubsidyPilots {\n    subsidyPilots {\n      id\n      province\n      startsAt\n      prefixes\n      refusalCode\n      refusalMessage\n      portalUrl\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubsidyPilot($id: ID!, $input: SubsidyPilotInput!) {\n    updateSubsidyPilot(id: $id, input: $input) {\n      id\n      province\n      startsAt\n      prefixes\n      refusalCode\n      refusalMessage\n      portalUrl\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSubsidyPilot($id: ID!, $input: SubsidyPilotInput!) {\n    updateSubsidyPilot(id: $id, input: $input) {\n      id\n      province\n      startsAt\n      prefixes\n      refusalCode\n      refusalMessage\n      portalUrl\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      clientId\n      url\n      active\n      createdAt\n    }\n    apiClients {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      clientId\n      url\n      active\n      createdAt\n    }\n    apiClients {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($subscriptionId: ID, $limit: Int!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, limit: $limit) {\n      id\n      subscriptionId\n      eventId\n      attempt\n      delivered\n      statusCode\n      error\n      durationMs\n      nextAttemptAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($subscriptionId: ID, $limit: Int!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, limit: $limit) {\n      id\n      subscriptionId\n      eventId\n      attempt\n      delivered\n      statusCode\n      error\n      durationMs\n      nextAttemptAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdCluster($headNationalId: String!, $trackingCode: String!, $memberCount: Int!, $captchaId: ID, $captchaAnswer: String) {\n    householdCluster(headNationalId: $headNationalId, trackingCode: $trackingCode, memberCount: $memberCount, captchaId: $captchaId, captchaAnswer: $captchaAnswer) {\n      incomeCluster\n      householdSize\n    }\n  }\n"): (typeof documents)["\n  query HouseholdCluster($headNationalId: String!, $trackingCode: String!, $memberCount: Int!, $captchaId: ID, $captchaAnswer: String) {\n    householdCluster(headNationalId: $headNationalId, trackingCode: $trackingCode, memberCount: $memberCount, captchaId: $captchaId, captchaAnswer: $captchaAnswer) {\n      incomeCluster\n      householdSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmHousehold($input: HouseholdProofInput!) {\n    confirmHousehold(input: $input) {\n      id\n      kind\n      channel\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmHousehold($input: HouseholdProofInput!) {\n    confirmHousehold(input: $input) {\n      id\n      kind\n      channel\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileClusterObjection($input: HouseholdProofInput!, $body: ObjectionBody!, $reason: String!) {\n    fileClusterObjection(input: $input, body: $body, reason: $reason) {\n      id\n      kind\n      body\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation FileClusterObjection($input: HouseholdProofInput!, $body: ObjectionBody!, $reason: String!) {\n    fileClusterObjection(input: $input, body: $body, reason: $reason) {\n      id\n      kind\n      body\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsSimulatorProbe {\n    smsOutbox(limit: 1) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SmsSimulatorProbe {\n    smsOutbox(limit: 1) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVitalEvent($input: VitalEventInput!) {\n    registerVitalEvent(input: $input) {\n      id\n      type\n      source\n      occurredAt\n      householdIds\n      nationalIds\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterVitalEvent($input: VitalEventInput!) {\n    registerVitalEvent(input: $input) {\n      id\n      type\n      source\n      occurredAt\n      householdIds\n      nationalIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterObjections($body: ObjectionBody!, $status: ObjectionStatus, $offset: Int!, $limit: Int!) {\n    clusterObjections(body: $body, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        householdId\n        channel\n        officeCode\n        reason\n        status\n        resolution\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterObjections($body: ObjectionBody!, $status: ObjectionStatus, $offset: Int!, $limit: Int!) {\n    clusterObjections(body: $body, status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        householdId\n        channel\n        officeCode\n        reason\n        status\n        resolution\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveClusterObjection($id: ID!, $accepted: Boolean!, $resolution: String!) {\n    resolveClusterObjection(id: $id, accepted: $accepted, resolution: $resolution) {\n      id\n      status\n      resolution\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveClusterObjection($id: ID!, $accepted: Boolean!, $resolution: String!) {\n    resolveClusterObjection(id: $id, accepted: $accepted, resolution: $resolution) {\n      id\n      status\n      resolution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdStructure($nationalId: String!) {\n    householdStructure(nationalId: $nationalId) {\n      id\n      lastChangedAt\n      head {\n        nationalId\n      }\n      members {\n        nationalId\n        firstName\n        lastName\n        birthDate\n        gender\n        relation\n        joinedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdStructure($nationalId: String!) {\n    householdStructure(nationalId: $nationalId) {\n      id\n      lastChangedAt\n      head {\n        nationalId\n      }\n      members {\n        nationalId\n        firstName\n        lastName\n        birthDate\n        gender\n        relation\n        joinedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdTimeline($householdId: ID!) {\n    householdTimeline(householdId: $householdId) {\n      id\n      type\n      source\n      occurredAt\n      recordedAt\n      nationalIds\n    }\n  }\n"): (typeof documents)["\n  query HouseholdTimeline($householdId: ID!) {\n    householdTimeline(householdId: $householdId) {\n      id\n      type\n      source\n      occurredAt\n      recordedAt\n      nationalIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SimulateInboundSms($from: String!, $text: String!) {\n    simulateInboundSms(from: $from, text: $text) {\n      reply\n    }\n  }\n"): (typeof documents)["\n  mutation SimulateInboundSms($from: String!, $text: String!) {\n    simulateInboundSms(from: $from, text: $text) {\n      reply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubsidyServiceRequest($nationalId: String!, $service: SubsidyService!) {\n    subsidyServiceRequest(nationalId: $nationalId, service: $service) {\n      id\n      service\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubsidyServiceRequest($nationalId: String!, $service: SubsidyService!) {\n    subsidyServiceRequest(nationalId: $nationalId, service: $service) {\n      id\n      service\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalIdInfo($nationalId: String!) {\n    nationalIdInfo(nationalId: $nationalId) {\n      normalized\n      valid\n      reason\n      issuancePlace {\n        prefix\n        province\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query NationalIdInfo($nationalId: String!) {\n    nationalIdInfo(nationalId: $nationalId) {\n      normalized\n      valid\n      reason\n      issuancePlace {\n        prefix\n        province\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisationUnits {\n    myOrganisationUnits {\n      id\n      parentId\n      code\n      name\n      level\n      type\n      province\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisationUnits {\n    myOrganisationUnits {\n      id\n      parentId\n      code\n      name\n      level\n      type\n      province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        unitOfMeasure\n        target\n        scoreCap\n        aggregation\n        status\n        organisationUnit {\n          id\n          name\n        }\n        topReferrals {\n          id\n          status\n          province\n          target\n          deadline\n          returnReason\n          assignee {\n            id\n            firstName\n            lastName\n            post\n          }\n          entry {\n            value\n          }\n          children {\n            id\n            entry {\n              value\n            }\n            children {\n              id\n              entry {\n                value\n              }\n              children {\n                id\n                entry {\n                  value\n                }\n                children {\n                  id\n                  entry {\n                    value\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        unitOfMeasure\n        target\n        scoreCap\n        aggregation\n        status\n        organisationUnit {\n          id\n          name\n        }\n        topReferrals {\n          id\n          status\n          province\n          target\n          deadline\n          returnReason\n          assignee {\n            id\n            firstName\n            lastName\n            post\n          }\n          entry {\n            value\n          }\n          children {\n            id\n            entry {\n              value\n            }\n            children {\n              id\n              entry {\n                value\n              }\n              children {\n                id\n                entry {\n                  value\n                }\n                children {\n                  id\n                  entry {\n                    value\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovedCount($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query ApprovedCount($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveIndicator($id: ID!) {\n    approveIndicator(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveIndicator($id: ID!) {\n    approveIndicator(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardApprovedIndicators($periodId: ID!) {\n    forwardApprovedIndicators(periodId: $periodId)\n  }\n"): (typeof documents)["\n  mutation ForwardApprovedIndicators($periodId: ID!) {\n    forwardApprovedIndicators(periodId: $periodId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartableUnits($periodId: ID!) {\n    cartableUnits(periodId: $periodId) {\n      unit {\n        id\n        name\n        parentId\n        level\n        type\n        province\n      }\n      generalReferredPercent\n      specificReferredPercent\n      daysLeft\n    }\n  }\n"): (typeof documents)["\n  query CartableUnits($periodId: ID!) {\n    cartableUnits(periodId: $periodId) {\n      unit {\n        id\n        name\n        parentId\n        level\n        type\n        province\n      }\n      generalReferredPercent\n      specificReferredPercent\n      daysLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartableIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        legalBasis\n        nature\n        comparisonType\n        aggregation\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        status\n        organisationUnitId\n      }\n    }\n  }\n"): (typeof documents)["\n  query CartableIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        legalBasis\n        nature\n        comparisonType\n        aggregation\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        status\n        organisationUnitId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationPeriods {\n    evaluationPeriods {\n      id\n      title\n      startDate\n      endDate\n      status\n    }\n  }\n"): (typeof documents)["\n  query EvaluationPeriods {\n    evaluationPeriods {\n      id\n      title\n      startDate\n      endDate\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceDashboard($periodId: ID!) {\n    performanceDashboard(periodId: $periodId) {\n      unit {\n        id\n        name\n        type\n        level\n      }\n      indicators\n      referred\n      approved\n      total\n    }\n  }\n"): (typeof documents)["\n  query PerformanceDashboard($periodId: ID!) {\n    performanceDashboard(periodId: $periodId) {\n      unit {\n        id\n        name\n        type\n        level\n      }\n      indicators\n      referred\n      approved\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringSheet($periodId: ID!, $organisationUnitId: ID!) {\n    scoringSheet(periodId: $periodId, organisationUnitId: $organisationUnitId) {\n      formula\n      total\n      general {\n        value\n        achievement\n        score\n        indicator {\n          id\n          title\n          legalBasis\n          nature\n          comparisonType\n          unitOfMeasure\n          target\n          scoreCap\n          weight\n          status\n        }\n      }\n      specific {\n        value\n        achievement\n        score\n        indicator {\n          id\n          title\n          legalBasis\n          nature\n          comparisonType\n          unitOfMeasure\n          target\n          scoreCap\n          weight\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringSheet($periodId: ID!, $organisationUnitId: ID!) {\n    scoringSheet(periodId: $periodId, organisationUnitId: $organisationUnitId) {\n      formula\n      total\n      general {\n        value\n        achievement\n        score\n        indicator {\n          id\n          title\n          legalBasis\n          nature\n          comparisonType\n          unitOfMeasure\n          target\n          scoreCap\n          weight\n          status\n        }\n      }\n      specific {\n        value\n        achievement\n        score\n        indicator {\n          id\n          title\n          legalBasis\n          nature\n          comparisonType\n          unitOfMeasure\n          target\n          scoreCap\n          weight\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForwardedIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        status\n        evaluationNote\n        organisationUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForwardedIndicators($filter: IndicatorFilter!) {\n    indicators(filter: $filter) {\n      total\n      items {\n        id\n        title\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        status\n        evaluationNote\n        organisationUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateIndicator($id: ID!, $note: String) {\n    evaluateIndicator(id: $id, note: $note) {\n      id\n      status\n      evaluationNote\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluateIndicator($id: ID!, $note: String) {\n    evaluateIndicator(id: $id, note: $note) {\n      id\n      status\n      evaluationNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorProposals($filter: ProposalFilter!) {\n    indicatorProposals(filter: $filter) {\n      total\n      items {\n        id\n        periodId\n        organisationUnitId\n        title\n        unitOfMeasure\n        nature\n        calculationMethod\n        comparisonType\n        targetUpper\n        targetLower\n        target\n        score\n        createdAt\n        status\n        decisionReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorProposals($filter: ProposalFilter!) {\n    indicatorProposals(filter: $filter) {\n      total\n      items {\n        id\n        periodId\n        organisationUnitId\n        title\n        unitOfMeasure\n        nature\n        calculationMethod\n        comparisonType\n        targetUpper\n        targetLower\n        target\n        score\n        createdAt\n        status\n        decisionReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveIndicatorProposal($id: ID!) {\n    approveIndicatorProposal(id: $id) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveIndicatorProposal($id: ID!) {\n    approveIndicatorProposal(id: $id) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectIndicatorProposal($id: ID!, $reason: String!) {\n    rejectIndicatorProposal(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectIndicatorProposal($id: ID!, $reason: String!) {\n    rejectIndicatorProposal(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIndicatorProposals($filter: ProposalFilter!) {\n    myIndicatorProposals(filter: $filter) {\n      total\n      items {\n        id\n        periodId\n        organisationUnitId\n        title\n        unitOfMeasure\n        nature\n        calculationMethod\n        comparisonType\n        targetUpper\n        targetLower\n        target\n        score\n        createdAt\n        status\n        decisionReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyIndicatorProposals($filter: ProposalFilter!) {\n    myIndicatorProposals(filter: $filter) {\n      total\n      items {\n        id\n        periodId\n        organisationUnitId\n        title\n        unitOfMeasure\n        nature\n        calculationMethod\n        comparisonType\n        targetUpper\n        targetLower\n        target\n        score\n        createdAt\n        status\n        decisionReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalUnits {\n    registrationOrganisations {\n      id\n      parentId\n      name\n      level\n      type\n      province\n    }\n  }\n"): (typeof documents)["\n  query ProposalUnits {\n    registrationOrganisations {\n      id\n      parentId\n      name\n      level\n      type\n      province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIndicator($input: ProposalInput!) {\n    proposeIndicator(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeIndicator($input: ProposalInput!) {\n    proposeIndicator(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralCandidates {\n    referralCandidates {\n      id\n      firstName\n      lastName\n      post\n    }\n  }\n"): (typeof documents)["\n  query ReferralCandidates {\n    referralCandidates {\n      id\n      firstName\n      lastName\n      post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferIndicator($indicatorId: ID!, $input: ReferInput!) {\n    referIndicator(indicatorId: $indicatorId, input: $input) {\n      id\n      status\n      deadline\n      province\n      target\n    }\n  }\n"): (typeof documents)["\n  mutation ReferIndicator($indicatorId: ID!, $input: ReferInput!) {\n    referIndicator(indicatorId: $indicatorId, input: $input) {\n      id\n      status\n      deadline\n      province\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferFurther($referralId: ID!, $input: ReferInput!) {\n    referFurther(referralId: $referralId, input: $input) {\n      id\n      status\n      deadline\n      province\n      target\n    }\n  }\n"): (typeof documents)["\n  mutation ReferFurther($referralId: ID!, $input: ReferInput!) {\n    referFurther(referralId: $referralId, input: $input) {\n      id\n      status\n      deadline\n      province\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      breakdown\n      deadline\n      daysLeft\n      overdue\n      province\n      target\n      returnReason\n      parentId\n      assigneeId\n      referrer {\n        id\n        firstName\n        lastName\n        post\n      }\n      assignee {\n        id\n        firstName\n        lastName\n        post\n      }\n      organisationUnit {\n        id\n        name\n      }\n      indicator {\n        id\n        title\n        legalBasis\n        nature\n        comparisonType\n        aggregation\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        period {\n          id\n          title\n          endDate\n        }\n      }\n      entry {\n        value\n        hasStrategicPlan\n        hasInformationSystem\n        description\n        keyObstacles\n        improvementMeasures\n        partnerPerformance\n        isBaseline\n        baselineNote\n        evidenceFileIds\n        updatedAt\n      }\n      children {\n        id\n        status\n        deadline\n        daysLeft\n        overdue\n        province\n        target\n        returnReason\n        assignee {\n          id\n          firstName\n          lastName\n          post\n        }\n        entry {\n          value\n          description\n          evidenceFileIds\n          updatedAt\n        }\n        children {\n          id\n          status\n          entry {\n            value\n          }\n          children {\n            id\n            entry {\n              value\n            }\n            children {\n              id\n              entry {\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      breakdown\n      deadline\n      daysLeft\n      overdue\n      province\n      target\n      returnReason\n      parentId\n      assigneeId\n      referrer {\n        id\n        firstName\n        lastName\n        post\n      }\n      assignee {\n        id\n        firstName\n        lastName\n        post\n      }\n      organisationUnit {\n        id\n        name\n      }\n      indicator {\n        id\n        title\n        legalBasis\n        nature\n        comparisonType\n        aggregation\n        unitOfMeasure\n        target\n        scoreCap\n        weight\n        category\n        period {\n          id\n          title\n          endDate\n        }\n      }\n      entry {\n        value\n        hasStrategicPlan\n        hasInformationSystem\n        description\n        keyObstacles\n        improvementMeasures\n        partnerPerformance\n        isBaseline\n        baselineNote\n        evidenceFileIds\n        updatedAt\n      }\n      children {\n        id\n        status\n        deadline\n        daysLeft\n        overdue\n        province\n        target\n        returnReason\n        assignee {\n          id\n          firstName\n          lastName\n          post\n        }\n        entry {\n          value\n          description\n          evidenceFileIds\n          updatedAt\n        }\n        children {\n          id\n          status\n          entry {\n            value\n          }\n          children {\n            id\n            entry {\n              value\n            }\n            children {\n              id\n              entry {\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePerformanceEntry($referralId: ID!, $input: PerformanceEntryInput!) {\n    savePerformanceEntry(referralId: $referralId, input: $input) {\n      value\n      evidenceFileIds\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SavePerformanceEntry($referralId: ID!, $input: PerformanceEntryInput!) {\n    savePerformanceEntry(referralId: $referralId, input: $input) {\n      value\n      evidenceFileIds\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishReferral($id: ID!) {\n    finishReferral(id: $id) {\n      id\n      status\n      returnReason\n    }\n  }\n"): (typeof documents)["\n  mutation FinishReferral($id: ID!) {\n    finishReferral(id: $id) {\n      id\n      status\n      returnReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnReferral($id: ID!, $reason: String!) {\n    returnReferral(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnReferral($id: ID!, $reason: String!) {\n    returnReferral(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReferrals($filter: ReferralFilter!) {\n    myReferrals(filter: $filter) {\n      total\n      items {\n        id\n        status\n        deadline\n        daysLeft\n        overdue\n        province\n        target\n        returnReason\n        indicator {\n          id\n          title\n          unitOfMeasure\n          period {\n            id\n            title\n          }\n        }\n        referrer {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReferrals($filter: ReferralFilter!) {\n    myReferrals(filter: $filter) {\n      total\n      items {\n        id\n        status\n        deadline\n        daysLeft\n        overdue\n        province\n        target\n        returnReason\n        indicator {\n          id\n          title\n          unitOfMeasure\n          period {\n            id\n            title\n          }\n        }\n        referrer {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReferralIds($filter: ReferralFilter!) {\n    myReferrals(filter: $filter) {\n      total\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReferralIds($filter: ReferralFilter!) {\n    myReferrals(filter: $filter) {\n      total\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorCodes {\n    errorCodes\n  }\n"): (typeof documents)["\n  query ErrorCodes {\n    errorCodes\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;