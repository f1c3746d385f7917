import { graphql } from '../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilter!) {
    auditEvents(filter: $filter) {
      total
      items {
        id
        occurredAt
        action
        outcome
        code
        actorUserId
        actorRole
        actorName
        actorNationalIdMasked
        subjectMasked
        targetType
        targetId
        targetLabel
        ip
        requestId
        details
      }
    }
  }
`);
