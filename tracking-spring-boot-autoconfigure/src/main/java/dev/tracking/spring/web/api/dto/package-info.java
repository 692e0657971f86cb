/**
 * The request and response records of the REST API, never the domain's own types: what the API shows is decided
 * here (secrets such as carrier API keys and storage keys are never shown).
 */
package dev.tracking.spring.web.api.dto;
