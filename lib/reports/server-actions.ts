"use server";
// Server action of the adoption stages: a coordinator changes a municipality's stage (in scope only).
import { serverAction } from "../actions/server-action.ts";
import { changeStageAction } from "./adoption.ts";

export const changeMunicipalityStage = serverAction(changeStageAction);
