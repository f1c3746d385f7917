import { graphql } from '../../gql';

export const CounterOfficesQuery = graphql(`
  query CounterOffices($province: String!) {
    counterOffices(province: $province) {
      code
      name
      province
      city
      address
      phone
      openWeekdays
    }
  }
`);

export const CounterOfficeDaysQuery = graphql(`
  query CounterOfficeDays($officeCode: String!, $from: String!, $to: String!) {
    counterOfficeDays(officeCode: $officeCode, from: $from, to: $to) {
      date
      capacity
      booked
      left
      open
      bookable
    }
  }
`);

export const BookVerificationAppointmentMutation = graphql(`
  mutation BookVerificationAppointment($input: BookVerificationAppointmentInput!) {
    bookVerificationAppointment(input: $input) {
      trackingCode
      date
      office {
        code
        name
      }
    }
  }
`);

export const CancelVerificationAppointmentMutation = graphql(`
  mutation CancelVerificationAppointment($trackingCode: String!, $identificationNumber: String!, $captchaId: ID!, $captchaAnswer: String!) {
    cancelVerificationAppointment(
      trackingCode: $trackingCode
      identificationNumber: $identificationNumber
      captchaId: $captchaId
      captchaAnswer: $captchaAnswer
    ) {
      trackingCode
      date
      office {
        code
        name
      }
    }
  }
`);

export const MyCounterOfficeQuery = graphql(`
  query MyCounterOffice {
    myCounterOffice {
      id
      code
      name
      province
      city
      status
      suspensionReason
      dailyCapacity
      openWeekdays
      onlineSharePercent
      capacityToday
      bookedToday
      counterCapacityToday
      counterBookedToday
    }
  }
`);

export const CounterOfficeAppointmentsQuery = graphql(`
  query CounterOfficeAppointments($officeCode: String!, $date: String!) {
    counterOfficeAppointments(officeCode: $officeCode, date: $date) {
      id
      trackingCode
      date
      status
      channel
      identificationNumber
      firstName
      lastName
      nationality
      mobile
      recordId
      recordStatus
    }
  }
`);

export const BookCounterWalkInMutation = graphql(`
  mutation BookCounterWalkIn($officeCode: String!, $applicant: ApplicantInput!) {
    bookCounterWalkIn(officeCode: $officeCode, applicant: $applicant) {
      id
      trackingCode
      date
      status
      channel
      firstName
      lastName
      recordId
    }
  }
`);

export const CounterBiometricDeviceQuery = graphql(`
  query CounterBiometricDevice {
    counterBiometricDevice {
      url
      verbs
      specVersion
      minQuality
      embedded
    }
  }
`);

export const VerificationServiceRecordQuery = graphql(`
  query VerificationServiceRecord($id: ID!) {
    verificationServiceRecord(id: $id) {
      id
      appointmentId
      trackingCode
      date
      officeCode
      officeName
      status
      identificationNumber
      documentKind
      firstName
      lastName
      fatherName
      nationality
      birthDate
      gender
      mobile
      residenceAddress
      fingerprints {
        finger
        templateRef
        quality
        exceptionReason
      }
      photo {
        format
        width
        height
        bytes
      }
      feeRials
      serviceTitle
      posReference
      paidAt
      missing
      receiptUrl
    }
  }
`);

export const StartServiceRecordMutation = graphql(`
  mutation StartServiceRecord($appointmentId: ID!) {
    startVerificationServiceRecord(appointmentId: $appointmentId) {
      id
    }
  }
`);

export const MarkNoShowMutation = graphql(`
  mutation MarkNoShow($appointmentId: ID!) {
    markVerificationNoShow(appointmentId: $appointmentId) {
      id
      status
    }
  }
`);

export const SaveServiceRecordDataMutation = graphql(`
  mutation SaveServiceRecordData($recordId: ID!, $input: ServiceRecordDataInput!) {
    saveVerificationServiceRecordData(recordId: $recordId, input: $input) {
      id
      documentKind
      firstName
      lastName
      fatherName
      nationality
      birthDate
      gender
      mobile
      residenceAddress
      identificationNumber
      missing
    }
  }
`);

export const CaptureFingerprintsMutation = graphql(`
  mutation CaptureFingerprints($recordId: ID!, $fingerprints: [FingerprintInput!]!) {
    captureVerificationFingerprints(recordId: $recordId, fingerprints: $fingerprints) {
      id
      fingerprints {
        finger
        templateRef
        quality
        exceptionReason
      }
      missing
    }
  }
`);

export const CapturePhotoMutation = graphql(`
  mutation CapturePhoto($recordId: ID!, $photoBase64: String!) {
    captureVerificationPhoto(recordId: $recordId, photoBase64: $photoBase64) {
      id
      photo {
        format
        width
        height
        bytes
      }
      missing
    }
  }
`);

export const PayFeeMutation = graphql(`
  mutation PayVerificationFee($recordId: ID!, $posReference: String!) {
    payVerificationFee(recordId: $recordId, posReference: $posReference) {
      id
      feeRials
      serviceTitle
      posReference
      paidAt
      missing
      receiptUrl
    }
  }
`);

export const CloseServiceRecordMutation = graphql(`
  mutation CloseServiceRecord($recordId: ID!) {
    closeVerificationServiceRecord(recordId: $recordId) {
      id
      status
      missing
    }
  }
`);

export const CounterOfficeCalendarQuery = graphql(`
  query CounterOfficeCalendar($officeCode: String!, $from: String!, $to: String!) {
    counterOfficeCalendar(officeCode: $officeCode, from: $from, to: $to) {
      date
      open
      capacity
      booked
      left
      onlineCapacity
      counterCapacity
      onlineBooked
      counterBooked
      closedDate
      capacityOverride
      note
    }
  }
`);

export const CounterOfficeQuery = graphql(`
  query CounterOffice($officeCode: String!) {
    counterOffice(officeCode: $officeCode) {
      id
      code
      name
      province
      city
      dailyCapacity
      openWeekdays
      onlineSharePercent
      queuePersonName
      queuePersonMobile
      status
      suspensionReason
      suspendedAt
      capacityToday
      bookedToday
      openComplaints
    }
  }
`);

export const SetCounterOfficeWeekMutation = graphql(`
  mutation SetCounterOfficeWeek($officeCode: String!, $input: OfficeWeekInput!) {
    setCounterOfficeWeek(officeCode: $officeCode, input: $input) {
      id
      dailyCapacity
      openWeekdays
      onlineSharePercent
    }
  }
`);

export const SetCounterOfficeDayMutation = graphql(`
  mutation SetCounterOfficeDay($officeCode: String!, $input: OfficeDayInput!) {
    setCounterOfficeDay(officeCode: $officeCode, input: $input) {
      date
      open
      capacity
      booked
      left
      onlineCapacity
      counterCapacity
      onlineBooked
      counterBooked
      closedDate
      capacityOverride
      note
    }
  }
`);

export const CounterOfficeListQuery = graphql(`
  query CounterOfficeList($filter: CounterOfficeFilter!) {
    counterOfficeList(filter: $filter) {
      total
      items {
        id
        code
        name
        province
        city
        dailyCapacity
        status
        suspensionReason
        capacityToday
        bookedToday
        openComplaints
        queuePersonName
      }
    }
  }
`);

export const CounterOfficesOverviewQuery = graphql(`
  query CounterOfficesOverview {
    counterOfficesOverview {
      province
      offices
      suspended
      capacity
      booked
      fillRate
      openComplaints
    }
  }
`);

export const CounterOfficeInspectionsQuery = graphql(`
  query CounterOfficeInspections($officeCode: String!) {
    counterOfficeInspections(officeCode: $officeCode) {
      id
      visitedOn
      outcome
      findings
      checklist {
        item
        passed
        note
      }
    }
  }
`);

export const RecordInspectionMutation = graphql(`
  mutation RecordCounterOfficeInspection($input: InspectionInput!) {
    recordCounterOfficeInspection(input: $input) {
      id
      outcome
      visitedOn
    }
  }
`);

export const SuspendOfficeMutation = graphql(`
  mutation SuspendCounterOfficeService($officeCode: String!, $reason: String!) {
    suspendCounterOfficeService(officeCode: $officeCode, reason: $reason) {
      id
      code
      status
      suspensionReason
      suspendedAt
    }
  }
`);

export const LiftSuspensionMutation = graphql(`
  mutation LiftCounterOfficeSuspension($officeCode: String!) {
    liftCounterOfficeSuspension(officeCode: $officeCode) {
      id
      code
      status
      suspensionReason
      suspendedAt
    }
  }
`);

export const CounterOfficeComplaintsQuery = graphql(`
  query CounterOfficeComplaints($filter: ComplaintFilter!) {
    counterOfficeComplaints(filter: $filter) {
      total
      items {
        id
        officeCode
        officeName
        province
        channel
        text
        status
        createdAt
      }
    }
  }
`);

export const RecordComplaintMutation = graphql(`
  mutation RecordCounterOfficeComplaint($input: ComplaintInput!) {
    recordCounterOfficeComplaint(input: $input) {
      id
      status
    }
  }
`);
