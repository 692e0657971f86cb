/**
 * The controllers of the REST API and the explicit mapping between its records ({@code api.dto}) and the core's
 * domain types ({@link dev.tracking.spring.web.api.ApiMapper}); see {@link dev.tracking.spring.web} for the
 * conventions and the error mapping.
 */
package dev.tracking.spring.web.api;
