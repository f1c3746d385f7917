import { graphql } from '../../gql';

export const HajjSeasonNoticeQuery = graphql(`
  query HajjSeasonNotice {
    hajjSeasonNotice {
      code
      title
      onlineSharePercent
      holdMinutes
      groups {
        id
        name
        announcedOn
        admissionOpensAt
        provinces {
          province
          invitedDepositsUntil
        }
      }
    }
  }
`);

export const HajjReceiptStatusQuery = graphql(`
  query HajjReceiptStatus($nationalId: String!, $receiptNumber: String!, $birthDate: String!, $captchaId: ID!, $captchaAnswer: String!) {
    hajjReceiptStatus(
      nationalId: $nationalId
      receiptNumber: $receiptNumber
      birthDate: $birthDate
      captchaId: $captchaId
      captchaAnswer: $captchaAnswer
    ) {
      nextStep
      notEligibleReason
      receiptNumber
      originalReceiptNumber
      holderName
      kind
      amountRials
      depositDate
      province
      invitedDepositsUntil
      admissionOpensAt
      office {
        kind
        branchCode
      }
      amounts {
        amountRials
        targetRials
        subsidyRials
        interestRials
        interestDays
        differenceRials
      }
      registration {
        trackingCode
        status
        holdExpiresAt
        caravan {
          id
          code
        }
      }
    }
  }
`);

export const HajjCaravansQuery = graphql(`
  query HajjCaravans($province: String!) {
    hajjCaravans(province: $province) {
      id
      code
      province
      managerName
      managerPhone
      address
      capacity
      onlineCapacity
      taken
      onlineTaken
      finalCostRials
    }
  }
`);

export const HajjPreRegisterMutation = graphql(`
  mutation HajjPreRegister($input: HajjPreRegisterInput!) {
    hajjPreRegister(input: $input) {
      trackingCode
      status
      holdExpiresAt
      caravan {
        id
        code
      }
    }
  }
`);

export const HajjReceiptQuery = graphql(`
  query HajjReceipt($receiptNumber: String!) {
    hajjReceipt(receiptNumber: $receiptNumber) {
      id
      receiptNumber
      originalReceiptNumber
      nationalId
      firstName
      lastName
      birthDate
      mobile
      province
      kind
      amountRials
      depositDate
      branchCode
      acceptedBeforeNotGone
      status
      referral
      referredBranchCode
      nextStep
      office {
        kind
        branchCode
      }
      amounts {
        amountRials
        targetRials
        subsidyRials
        interestRials
        interestDays
        differenceRials
      }
      earlierReceiptNumbers
      history {
        id
        kind
        originalReceiptNumber
        receiptNumber
        newReceiptNumber
        actorRole
        actorName
        officeCode
        at
        details
      }
      transfers {
        id
        giverNationalId
        receiverNationalId
        receiverName
        receiverProvince
        relation
        deedNumber
        deedDate
        recordedAt
        reissuedReceiptNumber
      }
    }
  }
`);

export const HajjReferReceiptMutation = graphql(`
  mutation HajjReferReceipt($input: HajjReferReceiptInput!) {
    hajjReferReceipt(input: $input) {
      id
      receiptNumber
      status
    }
  }
`);

export const HajjConvertReceiptMutation = graphql(`
  mutation HajjConvertReceipt($input: HajjIssueReceiptInput!) {
    hajjConvertReceipt(input: $input) {
      id
      receiptNumber
    }
  }
`);

export const HajjStabiliseReceiptMutation = graphql(`
  mutation HajjStabiliseReceipt($input: HajjIssueReceiptInput!) {
    hajjStabiliseReceipt(input: $input) {
      id
      receiptNumber
    }
  }
`);

export const HajjReissueReceiptMutation = graphql(`
  mutation HajjReissueTransferredReceipt($input: HajjIssueReceiptInput!) {
    hajjReissueTransferredReceipt(input: $input) {
      id
      receiptNumber
    }
  }
`);

export const HajjRecordTransferMutation = graphql(`
  mutation HajjRecordTransfer($input: HajjRecordTransferInput!) {
    hajjRecordTransfer(input: $input) {
      id
      receiptNumber
      status
    }
  }
`);

export const HajjMyCaravansQuery = graphql(`
  query HajjMyCaravans {
    hajjMyCaravans {
      id
      code
      province
      capacity
      onlineCapacity
      taken
      onlineTaken
      finalCostRials
      status
    }
  }
`);

export const HajjCaravanRegistrationsQuery = graphql(`
  query HajjCaravanRegistrations($caravanId: ID!, $filter: HajjRegistrationFilter!) {
    hajjCaravanRegistrations(caravanId: $caravanId, filter: $filter) {
      total
      items {
        id
        trackingCode
        status
        channel
        nationalId
        holderName
        receiptNumber
        holdExpiresAt
        confirmedAt
        doctorVisitDue
        doctorVisitedAt
        releaseReason
        replacedByTrackingCode
        replacesTrackingCode
        elected
        paymentSlip {
          number
          differenceRials
          payBy
          paidAt
        }
        passport {
          flag
          renewBy
          restriction
        }
      }
    }
  }
`);

export const HajjRegistrationByTrackingCodeQuery = graphql(`
  query HajjRegistrationByTrackingCode($trackingCode: String!) {
    hajjRegistrationByTrackingCode(trackingCode: $trackingCode) {
      id
      trackingCode
      status
      channel
      seasonTitle
      nationalId
      holderName
      birthDate
      mobile
      receiptNumber
      originalReceiptNumber
      depositDate
      depositRials
      holdExpiresAt
      confirmedAt
      doctorVisitDue
      releaseReason
      caravan {
        id
        code
        province
        managerName
        managerPhone
        address
        finalCostRials
      }
      documents {
        receiptOriginal
        receiptCopy
        birthCertificate
        nationalCard
      }
      paymentSlip {
        number
        differenceRials
        payBy
        paidAt
        paymentReference
      }
      passport {
        number
        expiry
        flag
        renewBy
        requiredValidUntil
        handOverBy
        restriction
        restrictionRule
      }
    }
  }
`);

export const HajjConfirmRegistrationMutation = graphql(`
  mutation HajjConfirmRegistration($trackingCode: String!, $documents: HajjDocumentsInput!) {
    hajjConfirmRegistration(trackingCode: $trackingCode, documents: $documents) {
      id
      trackingCode
      status
    }
  }
`);

export const HajjRegisterInPersonMutation = graphql(`
  mutation HajjRegisterInPerson($caravanId: ID!, $applicant: HajjApplicantInput!) {
    hajjRegisterInPerson(caravanId: $caravanId, applicant: $applicant) {
      id
      trackingCode
      status
    }
  }
`);

export const HajjReplaceRegistrationMutation = graphql(`
  mutation HajjReplaceRegistration($registrationId: ID!, $applicant: HajjApplicantInput!) {
    hajjReplaceRegistration(registrationId: $registrationId, applicant: $applicant) {
      id
      trackingCode
      status
    }
  }
`);

export const HajjWithdrawRegistrationMutation = graphql(`
  mutation HajjWithdrawRegistration($registrationId: ID!) {
    hajjWithdrawRegistration(registrationId: $registrationId) {
      id
      status
    }
  }
`);

export const HajjRecordDoctorVisitMutation = graphql(`
  mutation HajjRecordDoctorVisit($registrationId: ID!) {
    hajjRecordDoctorVisit(registrationId: $registrationId) {
      id
      doctorVisitedAt
    }
  }
`);

export const HajjSetElectedPilgrimsMutation = graphql(`
  mutation HajjSetElectedPilgrims($caravanId: ID!, $registrationIds: [ID!]!) {
    hajjSetElectedPilgrims(caravanId: $caravanId, registrationIds: $registrationIds) {
      id
      elected
    }
  }
`);

export const HajjRecordPassportMutation = graphql(`
  mutation HajjRecordPassport($registrationId: ID!, $input: HajjPassportInput!) {
    hajjRecordPassport(registrationId: $registrationId, input: $input) {
      id
      passport {
        flag
        renewBy
        restriction
      }
    }
  }
`);

export const HajjRecordPaymentMutation = graphql(`
  mutation HajjRecordPayment($trackingCode: String!, $paymentReference: String!) {
    hajjRecordPayment(trackingCode: $trackingCode, paymentReference: $paymentReference) {
      id
      trackingCode
      status
      holderName
      paymentSlip {
        number
        differenceRials
        paidAt
      }
    }
  }
`);

export const HajjSeasonsQuery = graphql(`
  query HajjSeasons {
    hajjSeasons {
      id
      code
      title
      active
      eligibleDepositUntil
      onlineSharePercent
      inviteNextAfterDays
      holdMinutes
      paymentDays
      doctorVisitDays
      passportValidUntil
      passportHandOverBy
      depositRials
      subsidyRials
      interestRateBasisPoints
      interestFormula
      interestUntil
      groups {
        id
        name
        announcedOn
        admissionOpensAt
        provinces {
          province
          invitedDepositsUntil
          lastWaveAt
        }
      }
    }
  }
`);

export const HajjFillRatesQuery = graphql(`
  query HajjFillRates {
    hajjFillRates {
      province
      groupName
      admissionOpensAt
      invitedDepositsUntil
      caravans
      capacity
      taken
      onlineCapacity
      onlineTaken
      fillRate
    }
  }
`);

export const HajjInvitationWavesQuery = graphql(`
  query HajjInvitationWaves($province: String) {
    hajjInvitationWaves(province: $province) {
      id
      province
      previousCutoff
      newCutoff
      freeSeats
      invitedReceipts
      source
      createdAt
    }
  }
`);

export const HajjInviteNextPriorityMutation = graphql(`
  mutation HajjInviteNextPriority($province: String!) {
    hajjInviteNextPriority(province: $province) {
      id
      newCutoff
    }
  }
`);

export const HajjSetInvitationCutoffMutation = graphql(`
  mutation HajjSetInvitationCutoff($province: String!, $invitedDepositsUntil: String!) {
    hajjSetInvitationCutoff(province: $province, invitedDepositsUntil: $invitedDepositsUntil) {
      id
      newCutoff
    }
  }
`);

export const HajjAdminCaravansQuery = graphql(`
  query HajjAdminCaravans($filter: HajjCaravanFilter!) {
    hajjAdminCaravans(filter: $filter) {
      total
      items {
        id
        code
        province
        managerName
        managerPhone
        managerNationalId
        address
        capacity
        onlineCapacity
        taken
        onlineTaken
        finalCostRials
        status
      }
    }
  }
`);

export const HajjSaveCaravanMutation = graphql(`
  mutation HajjSaveCaravan($input: HajjCaravanInput!) {
    hajjSaveCaravan(input: $input) {
      id
      code
    }
  }
`);

export const HajjUpdateSeasonMutation = graphql(`
  mutation HajjUpdateSeason($id: ID!, $input: HajjSeasonSettingsInput!) {
    hajjUpdateSeason(id: $id, input: $input) {
      id
      title
      eligibleDepositUntil
      onlineSharePercent
      inviteNextAfterDays
      holdMinutes
      paymentDays
      doctorVisitDays
      passportValidUntil
      passportHandOverBy
      depositRials
      subsidyRials
      interestRateBasisPoints
      interestFormula
      interestUntil
    }
  }
`);

export const HajjUpdateProvinceGroupMutation = graphql(`
  mutation HajjUpdateProvinceGroup($id: ID!, $input: HajjProvinceGroupInput!) {
    hajjUpdateProvinceGroup(id: $id, input: $input) {
      id
      groups {
        id
        announcedOn
        admissionOpensAt
      }
    }
  }
`);
