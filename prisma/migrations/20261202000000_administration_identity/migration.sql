-- Administration and identity (issue 13): organisation rows can be retired instead of deleted
-- (history points to them), users get a session version that revokes old tokens, single sign-on
-- identities become (issuer, subject), and the tables behind invitation/reset links, TOTP recovery
-- codes and per-role two-factor requirements.
CREATE TYPE "MunicipalityLanguage" AS ENUM ('FI', 'SV', 'BILINGUAL');
CREATE TYPE "AccountTokenKind" AS ENUM ('INVITATION', 'PASSWORD_RESET');

ALTER TABLE "Municipality" ADD COLUMN "language" "MunicipalityLanguage" NOT NULL DEFAULT 'FI',
                           ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Area" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Unit" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "FamilyCentreTeam" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;

ALTER TABLE "User" ADD COLUMN "oidcIssuer" TEXT,
                   ADD COLUMN "deactivatedAt" TIMESTAMPTZ(3),
                   ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0,
                   ADD COLUMN "passwordChangedAt" TIMESTAMPTZ(3),
                   ADD COLUMN "totpSecretEncrypted" TEXT,
                   ADD COLUMN "totpEnabledAt" TIMESTAMPTZ(3),
                   ADD COLUMN "totpLastStep" INTEGER;
DROP INDEX "User_oidcSubject_key";
CREATE UNIQUE INDEX "User_oidcIssuer_oidcSubject_key" ON "User"("oidcIssuer", "oidcSubject");
CREATE INDEX "User_name_idx" ON "User"("name");

CREATE TABLE "AccountToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "AccountTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");
CREATE INDEX "AccountToken_userId_kind_idx" ON "AccountToken"("userId", "kind");
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "RecoveryCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "RoleSecurityPolicy" (
    "role" "Role" NOT NULL,
    "requireTwoFactor" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoleSecurityPolicy_pkey" PRIMARY KEY ("role")
);
