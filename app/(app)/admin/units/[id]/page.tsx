import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { getUnit } from "@/lib/admin/organisation/get-unit.ts";
import { areaOptions } from "@/lib/admin/organisation/area-options.ts";
import { ServiceSector } from "@/lib/db/generated/enums.ts";
import { OrgForm, type OrgFieldSpec } from "@/components/admin/org-form.tsx";
import { OrgActionButton } from "@/components/admin/org-action-button.tsx";
import { orNotFound } from "@/components/admin/or-not-found.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOrganisation.units"))("title") };
}

/** One unit: edit, retire, reactivate; its rooms: add, edit (capacity 1–200), retire, reactivate. Admins only. */
export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/admin/units/${id}`);
  const [unit, areas] = await orNotFound(Promise.all([getUnit(db, user, id), areaOptions(db, user)]));
  const t = await getTranslations();
  const to = (k: string, v?: Record<string, string | number>) => t(`adminOrganisation.${k}`, v);
  const areaChoices = areas.some((a) => a.id === unit.areaId) ? areas : [{ id: unit.areaId, label: `${unit.area.municipality.name}: ${unit.area.name}` }, ...areas];
  const roomFields: OrgFieldSpec[] = [
    { name: "name", label: to("units.roomName"), type: "text" },
    { name: "capacity", label: to("units.capacity"), hint: to("units.capacityHint"), type: "number" },
    { name: "accessible", label: to("units.accessible"), type: "checkbox" },
  ];
  return (
    <>
      <p>
        <Link href="/admin/units">{to("units.title")}</Link>
      </p>
      <h1>{unit.name}</h1>
      <p>
        {to("status")}: {unit.active ? to("active") : to("retired")}
      </p>
      <OrgForm
        kind="unit"
        idPrefix="unit"
        submitLabel={to("save")}
        savedText={to("saved")}
        values={{ id: unit.id, areaId: unit.areaId, name: unit.name, sector: unit.sector }}
        fields={[
          { name: "name", label: to("units.name"), type: "text" },
          { name: "areaId", label: to("units.area"), type: "select", options: areaChoices.map((a) => ({ value: a.id, label: a.label })) },
          { name: "sector", label: to("units.sector"), type: "select", options: Object.values(ServiceSector).map((s) => ({ value: s, label: t(`sector.${s}`) })) },
        ]}
      />
      <p>
        <OrgActionButton
          input={{ op: "setActive", kind: "unit", id: unit.id, active: !unit.active }}
          label={unit.active ? to("retire", { name: unit.name }) : to("reactivate", { name: unit.name })}
          doneText={unit.active ? to("retiredNotice") : to("reactivatedNotice")}
        />
      </p>

      <h2 id="rooms">{to("units.roomsOf", { name: unit.name })}</h2>
      {unit.rooms.length === 0 ? (
        <p>{to("units.noRooms")}</p>
      ) : (
        <ul className="org-rows">
          {unit.rooms.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong> – {r.capacity} – {r.accessible ? to("units.accessibleYes") : to("units.accessibleNo")} – {r.active ? to("active") : to("retired")}
              <details>
                <summary>{to("edit", { name: r.name })}</summary>
                <OrgForm
                  kind="room"
                  idPrefix={`room-${r.id}`}
                  submitLabel={to("save")}
                  savedText={to("saved")}
                  values={{ id: r.id, unitId: unit.id, name: r.name, capacity: String(r.capacity), accessible: r.accessible }}
                  fields={roomFields}
                />
              </details>
              <OrgActionButton
                input={{ op: "setActive", kind: "room", id: r.id, active: !r.active }}
                label={r.active ? to("retire", { name: r.name }) : to("reactivate", { name: r.name })}
                doneText={r.active ? to("retiredNotice") : to("reactivatedNotice")}
              />
            </li>
          ))}
        </ul>
      )}
      <h3 id="new-room-heading">{to("units.addRoom", { name: unit.name })}</h3>
      <OrgForm
        kind="room"
        idPrefix="new-room"
        submitLabel={to("units.createRoom")}
        savedText={to("saved")}
        resetOnSave
        values={{ id: "", unitId: unit.id, name: "", capacity: "", accessible: true }}
        fields={roomFields}
      />
    </>
  );
}
