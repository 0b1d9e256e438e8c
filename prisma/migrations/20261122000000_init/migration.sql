-- CreateExtension
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('fi', 'sv', 'en');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('FRONTLINE_WORKER', 'TEAM_MEMBER', 'GUIDANCE_WORKER', 'COORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "AdoptionStage" AS ENUM ('NOT_PLANNED', 'GOAL_NOT_STARTED', 'PLANNING', 'PILOTING', 'ROOTED', 'NOT_NECESSARY', 'NO_ANSWER');

-- CreateEnum
CREATE TYPE "ServiceSector" AS ENUM ('ECEC', 'SCHOOL', 'MATERNITY_CLINIC', 'FAMILY_SERVICES', 'SOCIAL_SERVICES', 'HEALTH_SERVICES', 'GUIDANCE_SERVICE', 'OTHER');

-- CreateEnum
CREATE TYPE "Expertise" AS ENUM ('PSYCHOLOGIST', 'FAMILY_WORKER', 'SOCIAL_COUNSELLOR', 'SOCIAL_WORKER', 'SPEECH_THERAPIST', 'SCHOOL_SOCIAL_WORKER', 'SCHOOL_PSYCHOLOGIST', 'PUBLIC_HEALTH_NURSE', 'ECEC_SPECIAL_TEACHER', 'FAMILY_COUNSELLOR', 'OCCUPATIONAL_THERAPIST', 'PHYSIOTHERAPIST');

-- CreateEnum
CREATE TYPE "EntryRoute" AS ENUM ('NETWORK_WORKER', 'ELECTRONIC_CONTACT', 'PHONE');

-- CreateEnum
CREATE TYPE "ConcernZone" AS ENUM ('NONE', 'SMALL', 'GREY', 'GREAT');

-- CreateEnum
CREATE TYPE "CollaborationStatus" AS ENUM ('CONCERN_RAISED', 'CONVENING', 'MEETING_SCHEDULED', 'PLAN_ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "ClosureReason" AS ENUM ('GOALS_REACHED', 'OTHER_SERVICES', 'FAMILY_WITHDREW', 'MOVED_AWAY');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('OWNER', 'INVITED', 'RESPONSIBLE');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('VERBAL', 'WRITTEN');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('JOINT', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'IN_PROGRESS', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('IN_PERSON', 'REMOTE', 'HYBRID');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendeeKind" AS ENUM ('PROFESSIONAL', 'GUARDIAN', 'CHILD', 'OTHER');

-- CreateEnum
CREATE TYPE "StarTemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "PlanActionSetting" AS ENUM ('HOME', 'EVERYDAY_ENVIRONMENT', 'ELSEWHERE');

-- CreateEnum
CREATE TYPE "PlanActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('PHONE', 'MEETING', 'MESSAGE', 'HOME_VISIT');

-- CreateEnum
CREATE TYPE "FeedbackRespondent" AS ENUM ('CHILD', 'PARENT', 'PROFESSIONAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactRequestStatus" AS ENUM ('NEW', 'TAKEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ContactRequestOutcome" AS ENUM ('ADVICE_GIVEN', 'COLLABORATION_STARTED', 'FORWARDED');

-- CreateEnum
CREATE TYPE "ContactPreference" AS ENUM ('PHONE', 'EMAIL');

-- CreateEnum
CREATE TYPE "ShareChannel" AS ENUM ('EMAIL_LINK', 'IN_APP');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('ACCESS', 'DISCLOSURE', 'CHANGE', 'AUTH');

-- CreateTable
CREATE TABLE "County" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameSv" TEXT,
    "adoptionStage" "AdoptionStage" NOT NULL DEFAULT 'NO_ANSWER',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MunicipalityStageChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "stage" "AdoptionStage" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "note" TEXT,
    "changedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MunicipalityStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "areaId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sector" "ServiceSector" NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "unitId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "accessible" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unitId" UUID,
    "roles" "Role"[] NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'fi',
    "passwordHash" TEXT,
    "oidcSubject" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "scopeCountyId" UUID,
    "scopeMunicipalityId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserAbsence" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,

    CONSTRAINT "UserAbsence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyCentreTeam" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "areaId" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "FamilyCentreTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "teamId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "expertise" "Expertise" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Family" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "language" "Locale" NOT NULL DEFAULT 'fi',
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Family_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Guardian" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "familyId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "language" "Locale" NOT NULL DEFAULT 'fi',

    CONSTRAINT "Guardian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "familyId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Collaboration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "familyId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "areaId" UUID,
    "ownerId" UUID NOT NULL,
    "entryRoute" "EntryRoute" NOT NULL,
    "status" "CollaborationStatus" NOT NULL DEFAULT 'CONCERN_RAISED',
    "concernZone" "ConcernZone",
    "lapsetPuheeksiHeld" BOOLEAN NOT NULL DEFAULT false,
    "strengthsHome" TEXT,
    "vulnerabilitiesHome" TEXT,
    "strengthsEcecSchool" TEXT,
    "vulnerabilitiesEcecSchool" TEXT,
    "strengthsFreeTime" TEXT,
    "vulnerabilitiesFreeTime" TEXT,
    "situationMapping" TEXT,
    "familyWishes" TEXT,
    "meetingTopics" TEXT,
    "needIdentifiedTogether" BOOLEAN NOT NULL DEFAULT false,
    "concernRaisedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "closureReason" "ClosureReason",
    "closureSummary" TEXT,
    "reopenedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Collaboration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationMember" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "MemberRole" NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CollaborationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "guardianId" UUID NOT NULL,
    "method" "ConsentMethod" NOT NULL,
    "givenOn" DATE NOT NULL,
    "validUntil" DATE,
    "invitableExpertise" "Expertise"[] NOT NULL,
    "mayShareInformation" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" UUID NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecipient" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "consentId" UUID NOT NULL,
    "userId" UUID,
    "unitId" UUID,
    "description" TEXT,

    CONSTRAINT "ConsentRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointMeeting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "areaId" UUID,
    "kind" "MeetingKind" NOT NULL DEFAULT 'JOINT',
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "mode" "MeetingMode" NOT NULL DEFAULT 'IN_PERSON',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "onlineUrl" TEXT,
    "organizerId" UUID NOT NULL,
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JointMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomBooking" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "roomId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "RoomBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "expertise" "Expertise",
    "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
    "responseMessage" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "kind" "AttendeeKind" NOT NULL,
    "userId" UUID,
    "name" TEXT,
    "attended" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StarTemplate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version" INTEGER NOT NULL,
    "status" "StarTemplateStatus" NOT NULL DEFAULT 'DRAFT',
    "source" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StarTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StarArea" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "templateId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "parentId" UUID,
    "sortOrder" INTEGER NOT NULL,
    "labelFi" TEXT NOT NULL,
    "labelSv" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,

    CONSTRAINT "StarArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StarReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "meetingId" UUID,
    "templateId" UUID NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StarReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StarReviewEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reviewId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "strengthsChild" TEXT,
    "strengthsParents" TEXT,
    "strengthsProfessionals" TEXT,
    "worriesChild" TEXT,
    "worriesParents" TEXT,
    "worriesProfessionals" TEXT,
    "rating" INTEGER,

    CONSTRAINT "StarReviewEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointPlan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "thingsNeedingChange" TEXT,
    "followUpWorkerToFamily" TEXT,
    "followUpFamilyToWorker" TEXT,
    "nextContactAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "lockedById" UUID,
    "lockedUntil" TIMESTAMPTZ(3),
    "draftSavedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JointPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "setting" "PlanActionSetting" NOT NULL,
    "description" TEXT NOT NULL,
    "place" TEXT,
    "who" TEXT NOT NULL,
    "dueDate" DATE,
    "status" "PlanActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "statusNote" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointPlanVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "meetingId" UUID,
    "publishedById" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JointPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsibleWorker" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "slot" INTEGER NOT NULL,
    "familyAgreement" TEXT,
    "assignedById" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ResponsibleWorker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactLogEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "contactedAt" TIMESTAMPTZ(3) NOT NULL,
    "channel" "ContactChannel" NOT NULL,
    "note" TEXT,
    "nextContactAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationShare" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collaborationId" UUID NOT NULL,
    "consentId" UUID NOT NULL,
    "planVersionId" UUID,
    "sharedById" UUID NOT NULL,
    "recipientUserId" UUID,
    "recipientEmail" TEXT,
    "channel" "ShareChannel" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InformationShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "respondent" "FeedbackRespondent" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "feedbackId" UUID NOT NULL,
    "questionKey" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "FeedbackAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "referenceCode" TEXT NOT NULL,
    "channel" "EntryRoute" NOT NULL,
    "municipalityId" UUID NOT NULL,
    "childrenAges" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "contactPreference" "ContactPreference" NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "contactTimes" TEXT,
    "language" "Locale" NOT NULL DEFAULT 'fi',
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
    "privacyAcknowledgedAt" TIMESTAMPTZ(3),
    "status" "ContactRequestStatus" NOT NULL DEFAULT 'NEW',
    "takenById" UUID,
    "takenAt" TIMESTAMPTZ(3),
    "outcome" "ContactRequestOutcome",
    "outcomeNote" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "collaborationId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormDraft" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "formKey" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FormDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "dedupeKey" TEXT,
    "toAddress" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'fi',
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "icsContent" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "AuditKind" NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" UUID,
    "objectType" TEXT,
    "objectId" UUID,
    "familyId" UUID,
    "collaborationId" UUID,
    "recipient" TEXT,
    "ip" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_name_key" ON "Municipality"("name");

-- CreateIndex
CREATE INDEX "Municipality_countyId_idx" ON "Municipality"("countyId");

-- CreateIndex
CREATE INDEX "MunicipalityStageChange_municipalityId_effectiveDate_idx" ON "MunicipalityStageChange"("municipalityId", "effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "Area_municipalityId_name_key" ON "Area"("municipalityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_areaId_name_key" ON "Unit"("areaId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Room_unitId_name_key" ON "Room"("unitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "UserAbsence_userId_startsAt_idx" ON "UserAbsence"("userId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "FamilyCentreTeam_name_key" ON "FamilyCentreTeam"("name");

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_teamId_userId_expertise_key" ON "TeamMember"("teamId", "userId", "expertise");

-- CreateIndex
CREATE INDEX "Family_municipalityId_idx" ON "Family"("municipalityId");

-- CreateIndex
CREATE INDEX "Guardian_familyId_idx" ON "Guardian"("familyId");

-- CreateIndex
CREATE INDEX "Child_familyId_idx" ON "Child"("familyId");

-- CreateIndex
CREATE INDEX "Collaboration_ownerId_status_idx" ON "Collaboration"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Collaboration_municipalityId_concernRaisedAt_idx" ON "Collaboration"("municipalityId", "concernRaisedAt");

-- CreateIndex
CREATE INDEX "Collaboration_familyId_idx" ON "Collaboration"("familyId");

-- CreateIndex
CREATE INDEX "Collaboration_status_closedAt_idx" ON "Collaboration"("status", "closedAt");

-- CreateIndex
CREATE INDEX "CollaborationMember_userId_removedAt_idx" ON "CollaborationMember"("userId", "removedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CollaborationMember_collaborationId_userId_role_key" ON "CollaborationMember"("collaborationId", "userId", "role");

-- CreateIndex
CREATE INDEX "Consent_collaborationId_withdrawnAt_idx" ON "Consent"("collaborationId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "ConsentRecipient_consentId_idx" ON "ConsentRecipient"("consentId");

-- CreateIndex
CREATE UNIQUE INDEX "JointMeeting_icsUid_key" ON "JointMeeting"("icsUid");

-- CreateIndex
CREATE INDEX "JointMeeting_collaborationId_startsAt_idx" ON "JointMeeting"("collaborationId", "startsAt");

-- CreateIndex
CREATE INDEX "JointMeeting_municipalityId_kind_status_startsAt_idx" ON "JointMeeting"("municipalityId", "kind", "status", "startsAt");

-- CreateIndex
CREATE INDEX "JointMeeting_startsAt_idx" ON "JointMeeting"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "RoomBooking_meetingId_key" ON "RoomBooking"("meetingId");

-- CreateIndex
CREATE INDEX "RoomBooking_roomId_startsAt_idx" ON "RoomBooking"("roomId", "startsAt");

-- CreateIndex
CREATE INDEX "Invitation_userId_status_idx" ON "Invitation"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_meetingId_userId_key" ON "Invitation"("meetingId", "userId");

-- CreateIndex
CREATE INDEX "Attendance_meetingId_idx" ON "Attendance"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "StarTemplate_version_key" ON "StarTemplate"("version");

-- CreateIndex
CREATE UNIQUE INDEX "StarArea_templateId_key_key" ON "StarArea"("templateId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "StarReview_meetingId_key" ON "StarReview"("meetingId");

-- CreateIndex
CREATE INDEX "StarReview_collaborationId_createdAt_idx" ON "StarReview"("collaborationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StarReviewEntry_reviewId_areaId_key" ON "StarReviewEntry"("reviewId", "areaId");

-- CreateIndex
CREATE UNIQUE INDEX "JointPlan_collaborationId_key" ON "JointPlan"("collaborationId");

-- CreateIndex
CREATE INDEX "JointPlan_nextContactAt_idx" ON "JointPlan"("nextContactAt");

-- CreateIndex
CREATE INDEX "PlanAction_planId_setting_sortOrder_idx" ON "PlanAction"("planId", "setting", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "JointPlanVersion_planId_versionNumber_key" ON "JointPlanVersion"("planId", "versionNumber");

-- CreateIndex
CREATE INDEX "ResponsibleWorker_userId_endedAt_idx" ON "ResponsibleWorker"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "ResponsibleWorker_collaborationId_idx" ON "ResponsibleWorker"("collaborationId");

-- CreateIndex
CREATE INDEX "ContactLogEntry_collaborationId_contactedAt_idx" ON "ContactLogEntry"("collaborationId", "contactedAt");

-- CreateIndex
CREATE INDEX "InformationShare_collaborationId_createdAt_idx" ON "InformationShare"("collaborationId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Feedback_meetingId_idx" ON "Feedback"("meetingId");

-- CreateIndex
CREATE INDEX "FeedbackAnswer_questionKey_idx" ON "FeedbackAnswer"("questionKey");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackAnswer_feedbackId_questionKey_key" ON "FeedbackAnswer"("feedbackId", "questionKey");

-- CreateIndex
CREATE UNIQUE INDEX "ContactRequest_referenceCode_key" ON "ContactRequest"("referenceCode");

-- CreateIndex
CREATE UNIQUE INDEX "ContactRequest_collaborationId_key" ON "ContactRequest"("collaborationId");

-- CreateIndex
CREATE INDEX "ContactRequest_municipalityId_status_createdAt_idx" ON "ContactRequest"("municipalityId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ContactRequest_status_closedAt_idx" ON "ContactRequest"("status", "closedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FormDraft_userId_formKey_key" ON "FormDraft"("userId", "formKey");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_dedupeKey_key" ON "EmailOutbox"("dedupeKey");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_createdAt_idx" ON "EmailOutbox"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_familyId_occurredAt_idx" ON "AuditEvent"("familyId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_collaborationId_occurredAt_idx" ON "AuditEvent"("collaborationId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_occurredAt_idx" ON "AuditEvent"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityStageChange" ADD CONSTRAINT "MunicipalityStageChange_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityStageChange" ADD CONSTRAINT "MunicipalityStageChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_scopeCountyId_fkey" FOREIGN KEY ("scopeCountyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_scopeMunicipalityId_fkey" FOREIGN KEY ("scopeMunicipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAbsence" ADD CONSTRAINT "UserAbsence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyCentreTeam" ADD CONSTRAINT "FamilyCentreTeam_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "FamilyCentreTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Family" ADD CONSTRAINT "Family_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guardian" ADD CONSTRAINT "Guardian_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaboration" ADD CONSTRAINT "Collaboration_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaboration" ADD CONSTRAINT "Collaboration_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaboration" ADD CONSTRAINT "Collaboration_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collaboration" ADD CONSTRAINT "Collaboration_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationMember" ADD CONSTRAINT "CollaborationMember_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationMember" ADD CONSTRAINT "CollaborationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_guardianId_fkey" FOREIGN KEY ("guardianId") REFERENCES "Guardian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecipient" ADD CONSTRAINT "ConsentRecipient_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecipient" ADD CONSTRAINT "ConsentRecipient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecipient" ADD CONSTRAINT "ConsentRecipient_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarTemplate" ADD CONSTRAINT "StarTemplate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarArea" ADD CONSTRAINT "StarArea_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "StarTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarArea" ADD CONSTRAINT "StarArea_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "StarArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarReview" ADD CONSTRAINT "StarReview_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarReview" ADD CONSTRAINT "StarReview_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarReview" ADD CONSTRAINT "StarReview_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "StarTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarReview" ADD CONSTRAINT "StarReview_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarReviewEntry" ADD CONSTRAINT "StarReviewEntry_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "StarReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StarReviewEntry" ADD CONSTRAINT "StarReviewEntry_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "StarArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPlan" ADD CONSTRAINT "JointPlan_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPlan" ADD CONSTRAINT "JointPlan_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "JointPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPlanVersion" ADD CONSTRAINT "JointPlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "JointPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPlanVersion" ADD CONSTRAINT "JointPlanVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPlanVersion" ADD CONSTRAINT "JointPlanVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibleWorker" ADD CONSTRAINT "ResponsibleWorker_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibleWorker" ADD CONSTRAINT "ResponsibleWorker_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibleWorker" ADD CONSTRAINT "ResponsibleWorker_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactLogEntry" ADD CONSTRAINT "ContactLogEntry_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactLogEntry" ADD CONSTRAINT "ContactLogEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationShare" ADD CONSTRAINT "InformationShare_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationShare" ADD CONSTRAINT "InformationShare_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationShare" ADD CONSTRAINT "InformationShare_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "JointPlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationShare" ADD CONSTRAINT "InformationShare_sharedById_fkey" FOREIGN KEY ("sharedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationShare" ADD CONSTRAINT "InformationShare_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormDraft" ADD CONSTRAINT "FormDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────── Constraints Prisma's schema language cannot express (hand-written) ─────────────

-- No double-booked room, even under concurrent requests: the database refuses overlapping bookings.
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_no_overlap"
  EXCLUDE USING gist ("roomId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("cancelledAt" IS NULL);
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_time_order" CHECK ("endsAt" > "startsAt");
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_time_order" CHECK ("endsAt" > "startsAt");
ALTER TABLE "UserAbsence" ADD CONSTRAINT "UserAbsence_time_order" CHECK ("endsAt" > "startsAt");

-- At most two responsible workers at a time (a pair), each in slot 1 or 2; history keeps ended rows.
ALTER TABLE "ResponsibleWorker" ADD CONSTRAINT "ResponsibleWorker_slot_range" CHECK ("slot" IN (1, 2));
CREATE UNIQUE INDEX "ResponsibleWorker_active_slot_key" ON "ResponsibleWorker"("collaborationId", "slot") WHERE "endedAt" IS NULL;
CREATE UNIQUE INDEX "ResponsibleWorker_active_user_key" ON "ResponsibleWorker"("collaborationId", "userId") WHERE "endedAt" IS NULL;

-- Ratings and scores on the agreed 1–5 scale.
ALTER TABLE "StarReviewEntry" ADD CONSTRAINT "StarReviewEntry_rating_range" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_score_range" CHECK ("score" BETWEEN 1 AND 5);

-- Minimal, plausible family data.
ALTER TABLE "Child" ADD CONSTRAINT "Child_birthYear_range" CHECK ("birthYear" BETWEEN 1990 AND 2100);
ALTER TABLE "ConsentRecipient" ADD CONSTRAINT "ConsentRecipient_names_party"
  CHECK ("userId" IS NOT NULL OR "unitId" IS NOT NULL OR "description" IS NOT NULL);
ALTER TABLE "JointPlan" ADD CONSTRAINT "JointPlan_version_positive" CHECK ("version" >= 1);
ALTER TABLE "RateLimitBucket" ADD CONSTRAINT "RateLimitBucket_count_nonnegative" CHECK ("count" >= 0);
