import { relations } from "drizzle-orm";
import { auditEvents, comments, statusConfirmations, statusUpdates } from "./history";
import {
  actionItems,
  agendaItemProjects,
  agendaItems,
  decisions,
  meetingAttendees,
  meetings,
} from "./meetings";
import { places, projectPlaces } from "./places";
import { cooperationAreas, milestones, projects, workPlanProjects, workPlans } from "./projects";
import { memberships, users, workingGroups } from "./users";

export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(memberships),
}));

export const workingGroupsRelations = relations(workingGroups, ({ many }) => ({
  memberships: many(memberships),
  areas: many(cooperationAreas),
  projects: many(projects),
  plans: many(workPlans),
  meetings: many(meetings),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  group: one(workingGroups, { fields: [memberships.groupId], references: [workingGroups.id] }),
}));

export const cooperationAreasRelations = relations(cooperationAreas, ({ one, many }) => ({
  group: one(workingGroups, { fields: [cooperationAreas.groupId], references: [workingGroups.id] }),
  projects: many(projects),
}));

export const projectsRelations = relations(projects, ({ one, many }) => ({
  group: one(workingGroups, { fields: [projects.groupId], references: [workingGroups.id] }),
  area: one(cooperationAreas, { fields: [projects.areaId], references: [cooperationAreas.id] }),
  contactNo: one(users, {
    fields: [projects.contactNoId],
    references: [users.id],
    relationName: "contactNo",
  }),
  contactRu: one(users, {
    fields: [projects.contactRuId],
    references: [users.id],
    relationName: "contactRu",
  }),
  milestones: many(milestones),
  updates: many(statusUpdates),
  comments: many(comments),
  plans: many(workPlanProjects),
  places: many(projectPlaces),
}));

export const projectPlacesRelations = relations(projectPlaces, ({ one }) => ({
  project: one(projects, { fields: [projectPlaces.projectId], references: [projects.id] }),
  place: one(places, { fields: [projectPlaces.placeId], references: [places.id] }),
}));

export const milestonesRelations = relations(milestones, ({ one }) => ({
  project: one(projects, { fields: [milestones.projectId], references: [projects.id] }),
}));

export const workPlansRelations = relations(workPlans, ({ one, many }) => ({
  group: one(workingGroups, { fields: [workPlans.groupId], references: [workingGroups.id] }),
  approvedAtMeeting: one(meetings, {
    fields: [workPlans.approvedAtMeetingId],
    references: [meetings.id],
  }),
  projects: many(workPlanProjects),
}));

export const workPlanProjectsRelations = relations(workPlanProjects, ({ one }) => ({
  plan: one(workPlans, { fields: [workPlanProjects.planId], references: [workPlans.id] }),
  project: one(projects, { fields: [workPlanProjects.projectId], references: [projects.id] }),
}));

export const statusUpdatesRelations = relations(statusUpdates, ({ one }) => ({
  project: one(projects, { fields: [statusUpdates.projectId], references: [projects.id] }),
  author: one(users, { fields: [statusUpdates.authorId], references: [users.id] }),
  confirmation: one(statusConfirmations, {
    fields: [statusUpdates.id],
    references: [statusConfirmations.updateId],
  }),
}));

export const statusConfirmationsRelations = relations(statusConfirmations, ({ one }) => ({
  update: one(statusUpdates, {
    fields: [statusConfirmations.updateId],
    references: [statusUpdates.id],
  }),
  user: one(users, { fields: [statusConfirmations.userId], references: [users.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  project: one(projects, { fields: [comments.projectId], references: [projects.id] }),
  author: one(users, { fields: [comments.authorId], references: [users.id] }),
}));

export const meetingsRelations = relations(meetings, ({ one, many }) => ({
  group: one(workingGroups, { fields: [meetings.groupId], references: [workingGroups.id] }),
  attendees: many(meetingAttendees),
  agenda: many(agendaItems),
  decisions: many(decisions),
  actionItems: many(actionItems),
}));

export const meetingAttendeesRelations = relations(meetingAttendees, ({ one }) => ({
  meeting: one(meetings, { fields: [meetingAttendees.meetingId], references: [meetings.id] }),
  user: one(users, { fields: [meetingAttendees.userId], references: [users.id] }),
}));

export const agendaItemsRelations = relations(agendaItems, ({ one, many }) => ({
  meeting: one(meetings, { fields: [agendaItems.meetingId], references: [meetings.id] }),
  projects: many(agendaItemProjects),
}));

export const agendaItemProjectsRelations = relations(agendaItemProjects, ({ one }) => ({
  agendaItem: one(agendaItems, {
    fields: [agendaItemProjects.agendaItemId],
    references: [agendaItems.id],
  }),
  project: one(projects, { fields: [agendaItemProjects.projectId], references: [projects.id] }),
}));

export const decisionsRelations = relations(decisions, ({ one }) => ({
  meeting: one(meetings, { fields: [decisions.meetingId], references: [meetings.id] }),
  project: one(projects, { fields: [decisions.projectId], references: [projects.id] }),
}));

export const actionItemsRelations = relations(actionItems, ({ one }) => ({
  group: one(workingGroups, { fields: [actionItems.groupId], references: [workingGroups.id] }),
  meeting: one(meetings, { fields: [actionItems.meetingId], references: [meetings.id] }),
  project: one(projects, { fields: [actionItems.projectId], references: [projects.id] }),
  owner: one(users, { fields: [actionItems.ownerId], references: [users.id] }),
}));

export const auditEventsRelations = relations(auditEvents, ({ one }) => ({
  actor: one(users, { fields: [auditEvents.actorId], references: [users.id] }),
}));
