import { graphql } from '../../../gql';

export const HouseholdClusterQuery = graphql(`
  query HouseholdCluster($headNationalId: String!, $trackingCode: String!, $memberCount: Int!, $captchaId: ID, $captchaAnswer: String) {
    householdCluster(
      headNationalId: $headNationalId
      trackingCode: $trackingCode
      memberCount: $memberCount
      captchaId: $captchaId
      captchaAnswer: $captchaAnswer
    ) {
      incomeCluster
      householdSize
    }
  }
`);

export const ConfirmHouseholdMutation = graphql(`
  mutation ConfirmHousehold($input: HouseholdProofInput!) {
    confirmHousehold(input: $input) {
      id
      kind
      channel
      createdAt
    }
  }
`);

export const FileClusterObjectionMutation = graphql(`
  mutation FileClusterObjection($input: HouseholdProofInput!, $body: ObjectionBody!, $reason: String!) {
    fileClusterObjection(input: $input, body: $body, reason: $reason) {
      id
      kind
      body
      status
      createdAt
    }
  }
`);

/** Development only: the embedded SMS gateway answers, so the SMS simulator exists. */
export const SmsSimulatorProbeQuery = graphql(`
  query SmsSimulatorProbe {
    smsOutbox(limit: 1) {
      id
    }
  }
`);
