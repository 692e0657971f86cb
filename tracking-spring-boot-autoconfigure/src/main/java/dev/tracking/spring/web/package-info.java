/**
 * The REST API of the tracking platform under {@code /api/v1}, auto-configured by
 * {@link dev.tracking.spring.web.TrackingWebAutoConfiguration} over the host's
 * {@link dev.tracking.core.TrackingPlatform}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>JSON in and out; ids are UUID strings, enums their names, AWB numbers {@code 176-12345675}, timestamps
 *       ISO-8601 with an offset (as reported for flight and event times, UTC {@code Z} for the platform's own),
 *       dates {@code 2025-03-18}, money {@code {"amount": "85.00", "currency": "USD"}}, weights and volumes
 *       {@code {"amount": "1250.5", "unit": "KG"}}.</li>
 *   <li>Lists: {@code ?cursor=&limit=} (1 to 200, default 50) answer {@code {"items": [...], "nextCursor": ...}};
 *       pass {@code nextCursor} back as {@code cursor}; it is null on the last page. Lists that are not paged answer
 *       {@code {"items": [...]}}.</li>
 *   <li>Optimistic locking: MAWBs, HAWBs, bills, carriers and file types carry {@code ETag: "<version>"}. Updates
 *       (PUT, and the bill payment and void) need {@code If-Match} with it: a stale one answers 412, none 428 (unless
 *       {@code tracking.web.require-if-match=false}), {@code *} updates the current version. GETs answer 304 to a
 *       matching {@code If-None-Match}.</li>
 *   <li>Authorization: authentication is the host's (Spring Security); every route runs a use case of the platform
 *       that checks its permission feature for the acting user, and a user lacking it gets 403 naming it.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Every error is {@code application/problem+json} (RFC 9457) with a {@code type} of {@link
 * dev.tracking.spring.web.ProblemTypes}, never a stack trace or a class name:
 * <table>
 *   <caption>error mapping</caption>
 *   <tr><th>cause</th><th>status</th><th>type</th><th>extensions</th></tr>
 *   <tr><td>ValidationException, JSON binding, bad parameter, missing part</td><td>400</td><td>validation</td>
 *       <td>{@code errors: [{field, message}]}</td></tr>
 *   <tr><td>no authentication ({@link dev.tracking.spring.web.ProblemAuthenticationEntryPoint})</td><td>401</td>
 *       <td>unauthenticated</td><td></td></tr>
 *   <tr><td>PermissionDeniedException</td><td>403</td><td>permission-denied</td><td>{@code feature}</td></tr>
 *   <tr><td>host's security rule ({@link dev.tracking.spring.web.ProblemAccessDeniedHandler})</td><td>403</td>
 *       <td>permission-denied</td><td></td></tr>
 *   <tr><td>NotFoundException, unknown route</td><td>404</td><td>not-found</td><td>{@code entity}</td></tr>
 *   <tr><td>wrong method</td><td>405</td><td>method-not-allowed</td><td>{@code Allow} header</td></tr>
 *   <tr><td>no acceptable media type</td><td>406</td><td>not-acceptable</td><td></td></tr>
 *   <tr><td>DuplicateException</td><td>409</td><td>duplicate</td><td>{@code entity, field}</td></tr>
 *   <tr><td>VersionConflictException (outside If-Match)</td><td>409</td><td>version-conflict</td><td></td></tr>
 *   <tr><td>UnmetRequirementsException</td><td>409</td><td>unmet-requirements</td>
 *       <td>{@code step, unmetRequirements: [{requirement, message}]}</td></tr>
 *   <tr><td>StaleStepException</td><td>409</td><td>stale-step</td><td>{@code currentStep, expectedStep}</td></tr>
 *   <tr><td>stale If-Match</td><td>412</td><td>precondition-failed</td><td></td></tr>
 *   <tr><td>upload too large (servlet limit, {@code tracking.web.max-upload-size}, file type, storage)</td>
 *       <td>413</td><td>payload-too-large</td><td>{@code maxBytes}</td></tr>
 *   <tr><td>request Content-Type not taken; uploaded file's media type not allowed by its file type</td>
 *       <td>415</td><td>unsupported-media-type</td><td>{@code supportedMediaTypes}</td></tr>
 *   <tr><td>If-Match missing on an update</td><td>428</td><td>precondition-required</td><td></td></tr>
 *   <tr><td>anything else</td><td>500</td><td>internal</td><td>{@code errorId} (logged with the exception)</td></tr>
 * </table>
 */
package dev.tracking.spring.web;
