package org.xinfang.web.interfaces.rest;

/** English messages of the API; see {@link ApiMessages}. */
public class ApiMessages_en extends java.util.ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"body.unreadable", "The request body is not valid JSON: {0}"},
            {"body.notObject", "The request body must be a JSON object."},
            {"type.text", "{0} must be text"},
            {"type.integer", "{0} must be a whole number"},
            {"type.date", "{0} must be a date in the form yyyy-MM-dd, e.g. 2026-03-01"},
            {"type.choice", "{0} \"{1}\" is not valid; choose one of: {2}"},
            {"type.object", "{0} must be a JSON object"},
            {"type.boolean", "{0} must be true or false"},
            {"type.array", "{0} must be a JSON array"},
            {"field.required", "{0} is required"},
            {"form.unreadableField", "The agency form field {0} cannot take the value \"{1}\""},
            {"form.notUsed", "Cases of \"{0}\" have no agency form; leave form out"},
            {"param.range", "{0} must be a whole number from {1} to {2}"},
            {"param.dateOrder", "Received from must not be after received to"},
            {"param.tooLong", "{0} must be at most {1} characters"},
            {"error.invalidInput", "The input is not valid; see the fields named. Nothing was saved."},
            {"error.unauthorized", "Sign in first: send a valid username and password (HTTP Basic)."},
            {"error.http", "The request cannot be served (HTTP {0})."},
            {"error.noSuchPath", "There is nothing at this address."},
            {"error.method", "This address does not accept that request method."},
            {"error.mediaType", "The request body must be application/json."},
            {"error.internal", "Something went wrong on the server; try again later or tell the administrator."},
            {"label.unitId", "Unit"},
            {"label.channel", "Channel"},
            {"label.subject", "Subject"},
            {"label.content", "Content"},
            {"label.category", "Category"},
            {"label.receivedOn", "Date received"},
            {"label.headCount", "Head count"},
            {"label.parties", "Parties"},
            {"label.role", "Party role"},
            {"label.name", "Name"},
            {"label.idNumber", "Identity number"},
            {"label.phone", "Phone"},
            {"label.address", "Address"},
            {"label.form", "Agency form"},
            {"label.version", "Version"},
            {"label.status", "Status"},
            {"label.receivedFrom", "Received from"},
            {"label.receivedTo", "Received to"},
            {"label.q", "Search text"},
            {"label.sort", "Sort field"},
            {"label.order", "Sort order"},
            {"label.offset", "Offset"},
            {"label.limit", "Page size"},
            {"attachment.fileMissing", "Attach the file in the form field file (multipart/form-data)."},
            {"error.attachmentTooLarge", "The file is over the limit and was not saved."},
            {"error.notAScan", "The file is not an accepted scan type and was not saved."},
        };
    }
}
