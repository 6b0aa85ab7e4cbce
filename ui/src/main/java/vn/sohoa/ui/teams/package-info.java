/**
 * The tenant's community teams: who is in which team of which hamlet, the hamlets without an active
 * team, and what the teams logged, by category and week by week. A team leader sees their own team.
 */
package vn.sohoa.ui.teams;
