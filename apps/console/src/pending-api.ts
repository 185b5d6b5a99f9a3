/**
 * The accounts operations (users, createUser, …, notifications, notificationAdded) are built
 * against the contract (contract-pending.graphql) while issue #13 lands them on the API. Until
 * then the console offers neither the users page nor the notifications in the header.
 */
export const ACCOUNTS_API = false;
