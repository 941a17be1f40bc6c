/**
 * Generated from the OpenAPI document by scripts/generate-api-types.ts. Do not edit: run `npm run api:types`.
 */

export interface paths {
    "/api/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký truy cập dữ liệu cá nhân / personal data access log */
        get: {
            parameters: {
                query?: {
                    action?: "view" | "export";
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                at: string;
                                details: unknown;
                                entity: string;
                                entityId: string | null;
                                id: number;
                                purpose: string;
                                user: {
                                    fullName: string | null;
                                    id: number | null;
                                    username: string | null;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-reorganisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần sắp xếp đơn vị hành chính / reorganisations loaded */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                basis: string;
                                effectiveDate: string;
                                id: number;
                                linkCount: number;
                                loadedAt: string;
                                name: string;
                                unitCount: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Nạp một lần sắp xếp (danh sách đơn vị mới + bảng chuyển đổi) / load a reorganisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        basis?: string;
                        /**
                         * Format: binary
                         * @description CSV: old_code,new_code,merge_type[,old_level] (UTF-8)
                         */
                        crosswalk: string;
                        /** @enum {string} */
                        dryRun?: "true" | "false";
                        effectiveDate: string;
                        name: string;
                        /**
                         * Format: binary
                         * @description CSV: code,name,level,type,parent_code (UTF-8)
                         */
                        units: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alreadyLoaded: boolean;
                            dryRun: boolean;
                            id: number | null;
                            links: number;
                            unitsCreated: number;
                            unitsEnded: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alreadyLoaded: boolean;
                            dryRun: boolean;
                            id: number | null;
                            links: number;
                            unitsCreated: number;
                            unitsEnded: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị hành chính theo ngày / units valid on a date */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, 1900-01-01 … 2100-12-31; default today */
                    date?: string;
                    level?: "province" | "district" | "commune";
                    page?: number;
                    pageSize?: number;
                    parent?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                childCount: number;
                                code: string;
                                fullName: string;
                                id: number;
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                name: string;
                                parentCode: string | null;
                                parentId: number | null;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đơn vị và đường dẫn / one unit with its path */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, 1900-01-01 … 2100-12-31; default today */
                    date?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            childCount: number;
                            code: string;
                            fullName: string;
                            id: number;
                            /** @enum {string} */
                            level: "province" | "district" | "commune";
                            name: string;
                            parentCode: string | null;
                            parentId: number | null;
                            path: {
                                childCount: number;
                                code: string;
                                fullName: string;
                                id: number;
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                name: string;
                                parentCode: string | null;
                                parentId: number | null;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            type: string;
                            validFrom: string | null;
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-units/{code}/path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tỉnh → … → đơn vị / province to unit */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, 1900-01-01 … 2100-12-31; default today */
                    date?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                childCount: number;
                                code: string;
                                fullName: string;
                                id: number;
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                name: string;
                                parentCode: string | null;
                                parentId: number | null;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-units/{code}/predecessors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị tiền thân / what the unit was made from */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, 1900-01-01 … 2100-12-31; default today */
                    date?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                derived: boolean;
                                /** @enum {string} */
                                mergeType: "full" | "partial";
                                unit: {
                                    childCount: number;
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    /** @enum {string} */
                                    level: "province" | "district" | "commune";
                                    name: string;
                                    parentCode: string | null;
                                    parentId: number | null;
                                    type: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                            }[];
                            unit: {
                                childCount: number;
                                code: string;
                                fullName: string;
                                id: number;
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                name: string;
                                parentCode: string | null;
                                parentId: number | null;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-units/{code}/successors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị kế thừa / what the unit became */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, 1900-01-01 … 2100-12-31; default today */
                    date?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                derived: boolean;
                                /** @enum {string} */
                                mergeType: "full" | "partial";
                                unit: {
                                    childCount: number;
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    /** @enum {string} */
                                    level: "province" | "district" | "commune";
                                    name: string;
                                    parentCode: string | null;
                                    parentId: number | null;
                                    type: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                            }[];
                            unit: {
                                childCount: number;
                                code: string;
                                fullName: string;
                                id: number;
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                name: string;
                                parentCode: string | null;
                                parentId: number | null;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-units/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các đơn vị từng mang mã này / every unit that carried the code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                childCount: number;
                                code: string;
                                fullName: string;
                                id: number;
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                name: string;
                                parentCode: string | null;
                                parentId: number | null;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dữ liệu có thể phân tích / what can be analysed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aggregatesOnly: boolean;
                            categories: {
                                code: string;
                                name: string;
                            }[];
                            elements: {
                                categories: string[];
                                code: string;
                                name: string;
                            }[];
                            indicators: {
                                code: string;
                                name: string;
                            }[];
                            measures: {
                                code: string;
                                name: string;
                            }[];
                            relativePeriods: {
                                code: string;
                                name: string;
                            }[];
                            threshold: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chỉ tiêu / indicators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                decimals: number;
                                denominator: string;
                                descriptionEn: string;
                                descriptionVi: string;
                                dhis2Uid: string | null;
                                factor: number;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                                numerator: string;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm chỉ tiêu / add an indicator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @default 1 */
                        decimals?: number;
                        /** @default 1 */
                        denominator?: string;
                        /** @default  */
                        descriptionEn?: string;
                        /** @default  */
                        descriptionVi?: string;
                        /** @default 1 */
                        factor?: number;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        numerator: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            decimals: number;
                            denominator: string;
                            descriptionEn: string;
                            descriptionVi: string;
                            dhis2Uid: string | null;
                            factor: number;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            numerator: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa chỉ tiêu / change an indicator */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @default 1 */
                        decimals?: number;
                        /** @default 1 */
                        denominator?: string;
                        /** @default  */
                        descriptionEn?: string;
                        /** @default  */
                        descriptionVi?: string;
                        /** @default 1 */
                        factor?: number;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        numerator: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            decimals: number;
                            denominator: string;
                            descriptionEn: string;
                            descriptionVi: string;
                            dhis2Uid: string | null;
                            factor: number;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            numerator: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Xóa chỉ tiêu / delete an indicator */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/indicators/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiểm tra công thức / check a formula */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expression: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            operands: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/maps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản đồ đã lưu / saved maps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                mine: boolean;
                                name: string;
                                ownerId: number;
                                ownerName: string | null;
                                settings: {
                                    /** @default [] */
                                    breaks: number[];
                                    /** @default 5 */
                                    classes: number;
                                    date?: string;
                                    /** @enum {string} */
                                    level?: "province" | "district" | "commune";
                                    /** @enum {string} */
                                    measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                    /**
                                     * @default quantile
                                     * @enum {string}
                                     */
                                    method: "equal" | "quantile" | "fixed";
                                    parent?: string;
                                    year?: number;
                                };
                                sharedRoles: string[];
                                sharedUserIds: number[];
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Lưu bản đồ / save a map */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        settings: {
                            /** @default [] */
                            breaks?: number[];
                            /** @default 5 */
                            classes?: number;
                            date?: string;
                            /** @enum {string} */
                            level?: "province" | "district" | "commune";
                            /** @enum {string} */
                            measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                            /**
                             * @default quantile
                             * @enum {string}
                             */
                            method?: "equal" | "quantile" | "fixed";
                            parent?: string;
                            year?: number;
                        };
                        /** @default [] */
                        sharedRoles?: ("admin" | "province_officer" | "commune_officer" | "viewer")[];
                        /** @default [] */
                        sharedUserIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            settings: {
                                /** @default [] */
                                breaks: number[];
                                /** @default 5 */
                                classes: number;
                                date?: string;
                                /** @enum {string} */
                                level?: "province" | "district" | "commune";
                                /** @enum {string} */
                                measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                /**
                                 * @default quantile
                                 * @enum {string}
                                 */
                                method: "equal" | "quantile" | "fixed";
                                parent?: string;
                                year?: number;
                            };
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/maps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mở bản đồ đã lưu / open a saved map */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            settings: {
                                /** @default [] */
                                breaks: number[];
                                /** @default 5 */
                                classes: number;
                                date?: string;
                                /** @enum {string} */
                                level?: "province" | "district" | "commune";
                                /** @enum {string} */
                                measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                /**
                                 * @default quantile
                                 * @enum {string}
                                 */
                                method: "equal" | "quantile" | "fixed";
                                parent?: string;
                                year?: number;
                            };
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xóa bản đồ / delete a saved map */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Đổi tên, sửa hoặc chia sẻ bản đồ / rename, change or share a map */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        settings?: {
                            /** @default [] */
                            breaks?: number[];
                            /** @default 5 */
                            classes?: number;
                            date?: string;
                            /** @enum {string} */
                            level?: "province" | "district" | "commune";
                            /** @enum {string} */
                            measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                            /**
                             * @default quantile
                             * @enum {string}
                             */
                            method?: "equal" | "quantile" | "fixed";
                            parent?: string;
                            year?: number;
                        };
                        /** @default [] */
                        sharedRoles?: ("admin" | "province_officer" | "commune_officer" | "viewer")[];
                        /** @default [] */
                        sharedUserIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            settings: {
                                /** @default [] */
                                breaks: number[];
                                /** @default 5 */
                                classes: number;
                                date?: string;
                                /** @enum {string} */
                                level?: "province" | "district" | "commune";
                                /** @enum {string} */
                                measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                /**
                                 * @default quantile
                                 * @enum {string}
                                 */
                                method: "equal" | "quantile" | "fixed";
                                parent?: string;
                                year?: number;
                            };
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/analytics/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bảng tổng hợp / pivot query */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        asOf?: string;
                        /**
                         * @default inside
                         * @enum {string}
                         */
                        audience?: "inside" | "outside";
                        /**
                         * @default [
                         *       "period"
                         *     ]
                         */
                        columns?: (("data" | "period" | "unit" | "ethnic" | "sex" | "age" | "minority" | "poverty") | string)[];
                        data: string[];
                        /** @default {} */
                        filters?: {
                            [key: string]: string[];
                        };
                        periods: string[];
                        /**
                         * @default [
                         *       "unit"
                         *     ]
                         */
                        rows?: (("data" | "period" | "unit" | "ethnic" | "sex" | "age" | "minority" | "poverty") | string)[];
                        /**
                         * @default none
                         * @enum {string}
                         */
                        sort?: "none" | "asc" | "desc";
                        /**
                         * @default flag
                         * @enum {string}
                         */
                        splitRule?: "flag" | "proportional" | "exclude";
                        /** @default true */
                        totals?: boolean;
                        unit?: string;
                        /**
                         * @default children
                         * @enum {string}
                         */
                        unitLevel?: "self" | "children" | "communes";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            columnDimensions: string[];
                            columns: {
                                keys: string[];
                                labels: string[];
                                total: boolean;
                            }[];
                            flagged: boolean[][];
                            periods: {
                                id: string;
                                name: string;
                            }[];
                            rowDimensions: string[];
                            rows: {
                                keys: string[];
                                labels: string[];
                                total: boolean;
                            }[];
                            splitUnits: string[];
                            suppressed: boolean[][];
                            suppression: {
                                applied: boolean;
                                cells: number;
                                threshold: number;
                            };
                            unit: {
                                code: string;
                                name: string;
                            } | null;
                            values: (number | null)[][];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ngưỡng che số nhỏ / disclosure threshold */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        threshold: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/visualisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biểu đồ đã lưu / saved visualisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                                id: number;
                                mine: boolean;
                                name: string;
                                ownerId: number;
                                ownerName: string | null;
                                query: {
                                    [key: string]: unknown;
                                };
                                sharedRoles: string[];
                                sharedUserIds: number[];
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Lưu biểu đồ / save a visualisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                        name: string;
                        query: {
                            asOf?: string;
                            /**
                             * @default inside
                             * @enum {string}
                             */
                            audience?: "inside" | "outside";
                            /**
                             * @default [
                             *       "period"
                             *     ]
                             */
                            columns?: (("data" | "period" | "unit" | "ethnic" | "sex" | "age" | "minority" | "poverty") | string)[];
                            data: string[];
                            /** @default {} */
                            filters?: {
                                [key: string]: string[];
                            };
                            periods: string[];
                            /**
                             * @default [
                             *       "unit"
                             *     ]
                             */
                            rows?: (("data" | "period" | "unit" | "ethnic" | "sex" | "age" | "minority" | "poverty") | string)[];
                            /**
                             * @default none
                             * @enum {string}
                             */
                            sort?: "none" | "asc" | "desc";
                            /**
                             * @default flag
                             * @enum {string}
                             */
                            splitRule?: "flag" | "proportional" | "exclude";
                            /** @default true */
                            totals?: boolean;
                            unit?: string;
                            /**
                             * @default children
                             * @enum {string}
                             */
                            unitLevel?: "self" | "children" | "communes";
                        };
                        /** @default [] */
                        sharedRoles?: ("admin" | "province_officer" | "commune_officer" | "viewer")[];
                        /** @default [] */
                        sharedUserIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                            id: number;
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            query: {
                                [key: string]: unknown;
                            };
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/visualisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mở biểu đồ / open a visualisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                            id: number;
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            query: {
                                [key: string]: unknown;
                            };
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xóa biểu đồ / delete a visualisation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Đổi tên, sửa hoặc chia sẻ biểu đồ / rename, change or share */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        chartType?: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                        name?: string;
                        query?: {
                            asOf?: string;
                            /**
                             * @default inside
                             * @enum {string}
                             */
                            audience?: "inside" | "outside";
                            /**
                             * @default [
                             *       "period"
                             *     ]
                             */
                            columns?: (("data" | "period" | "unit" | "ethnic" | "sex" | "age" | "minority" | "poverty") | string)[];
                            data: string[];
                            /** @default {} */
                            filters?: {
                                [key: string]: string[];
                            };
                            periods: string[];
                            /**
                             * @default [
                             *       "unit"
                             *     ]
                             */
                            rows?: (("data" | "period" | "unit" | "ethnic" | "sex" | "age" | "minority" | "poverty") | string)[];
                            /**
                             * @default none
                             * @enum {string}
                             */
                            sort?: "none" | "asc" | "desc";
                            /**
                             * @default flag
                             * @enum {string}
                             */
                            splitRule?: "flag" | "proportional" | "exclude";
                            /** @default true */
                            totals?: boolean;
                            unit?: string;
                            /**
                             * @default children
                             * @enum {string}
                             */
                            unitLevel?: "self" | "children" | "communes";
                        };
                        /** @default [] */
                        sharedRoles?: ("admin" | "province_officer" | "commune_officer" | "viewer")[];
                        /** @default [] */
                        sharedUserIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                            id: number;
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            query: {
                                [key: string]: unknown;
                            };
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mọi khóa truy cập API (quản trị) / every API access token (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                expiresAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                lastUsedIp: string | null;
                                name: string;
                                origin: string;
                                prefix: string;
                                revokedAt: string | null;
                                scopes: string[];
                                /** @enum {string} */
                                status: "active" | "expired" | "revoked";
                                userId: number;
                                username: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi khóa của người dùng (quản trị) / revoke a user’s token (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string;
                            id: number;
                            lastUsedAt: string | null;
                            lastUsedIp: string | null;
                            name: string;
                            origin: string;
                            prefix: string;
                            revokedAt: string | null;
                            scopes: string[];
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                            userId: number;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký thay đổi / audit log */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                after: unknown;
                                at: string;
                                before: unknown;
                                entity: string;
                                entityId: string | null;
                                id: number;
                                ip: string | null;
                                label: string | null;
                                refs: {
                                    [key: string]: string;
                                };
                                unitId: number | null;
                                userId: number | null;
                                username: string | null;
                                via: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "vi" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập / log in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            challenge?: string;
                            /** @enum {string} */
                            next: "done" | "code" | "enrol";
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bước hai: mã xác thực / second step: code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        challenge: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            challenge?: string;
                            /** @enum {string} */
                            next: "done" | "code" | "enrol";
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất / log out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            fullName: string;
                            id: number;
                            /** @enum {string} */
                            language: "vi" | "en";
                            permissions: string[];
                            role: string;
                            scope: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            } | null;
                            twoFactor: {
                                enabled: boolean;
                                recoveryCodesLeft: number;
                                required: boolean;
                            };
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thiết lập ban đầu có mở không / is first-run set-up open */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            open: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo quản trị viên đầu tiên / create the first administrator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                        password: string;
                        setupCode: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khóa truy cập API của tôi / my API access tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                expiresAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                lastUsedIp: string | null;
                                name: string;
                                origin: string;
                                prefix: string;
                                revokedAt: string | null;
                                scopes: string[];
                                /** @enum {string} */
                                status: "active" | "expired" | "revoked";
                                userId: number;
                                username: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo khóa truy cập API (mã bí mật chỉ hiện một lần) / create an API access token (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays: number;
                        name: string;
                        scopes: {
                            /** @enum {string} */
                            access: "read" | "write";
                            /** @enum {string} */
                            area: "register" | "reporting" | "dhis2" | "reference" | "admin";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            token: {
                                createdAt: string;
                                expiresAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                lastUsedIp: string | null;
                                name: string;
                                origin: string;
                                prefix: string;
                                revokedAt: string | null;
                                scopes: string[];
                                /** @enum {string} */
                                status: "active" | "expired" | "revoked";
                                userId: number;
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi khóa truy cập API / revoke an API access token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string;
                            id: number;
                            lastUsedAt: string | null;
                            lastUsedIp: string | null;
                            name: string;
                            origin: string;
                            prefix: string;
                            revokedAt: string | null;
                            scopes: string[];
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                            userId: number;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bắt đầu bật xác thực hai bước / start TOTP enrolment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            qr: string;
                            secret: string;
                            uri: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beneficiary-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách thụ hưởng đã chốt / frozen lists */
        get: {
            parameters: {
                query?: {
                    ruleId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                asOfDate: string;
                                createdAt: string;
                                id: number;
                                name: string;
                                personCount: number;
                                ruleId: number | null;
                                ruleVersion: number | null;
                                /** @enum {string} */
                                source: "rule" | "prestigious";
                                unit: {
                                    code: string;
                                    id: number;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beneficiary-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một danh sách và chênh lệch với lần trước / a list and its difference from the last */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOfDate: string;
                            createdAt: string;
                            diff: {
                                added: {
                                    fullName: string;
                                    personId: number;
                                    reasons: {
                                        /** @enum {string} */
                                        kind: "condition" | "entered" | "left" | "rule_changed";
                                        text: string;
                                    }[];
                                }[];
                                previousDate: string;
                                previousListId: number;
                                removed: {
                                    fullName: string;
                                    personId: number;
                                    reasons: {
                                        /** @enum {string} */
                                        kind: "condition" | "entered" | "left" | "rule_changed";
                                        text: string;
                                    }[];
                                }[];
                            } | null;
                            id: number;
                            name: string;
                            personCount: number;
                            ruleId: number | null;
                            ruleVersion: number | null;
                            /** @enum {string} */
                            source: "rule" | "prestigious";
                            unit: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beneficiary-lists/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người trong danh sách (như lúc chốt) / persons on a list, as frozen */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                birthYear: number;
                                commune: {
                                    code: string;
                                    id: number;
                                    name: string;
                                };
                                ethnicName: string;
                                facts: {
                                    condition: string;
                                    met: boolean;
                                    value: string | null;
                                }[];
                                fullName: string;
                                householdCode: string | null;
                                personId: number;
                                sex: string;
                                villageName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefit-cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đợt chi trả / benefit cycles */
        get: {
            parameters: {
                query?: {
                    listId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actions: ("submit" | "approve" | "return" | "close" | "deliver")[];
                                amountDong: string | null;
                                approvedAt: string | null;
                                benefitCode: string;
                                closedAt: string | null;
                                deliveredDong: string;
                                deliveredQuantity: number;
                                deliveries: number;
                                id: number;
                                itemName: string | null;
                                itemUnit: string | null;
                                /** @enum {string} */
                                kind: "cash" | "in_kind" | "service";
                                listId: number;
                                listName: string;
                                name: string;
                                persons: number;
                                policyId: number | null;
                                programmeNodeId: number | null;
                                quantity: number | null;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "closed";
                                submittedAt: string | null;
                                tranche: number;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Lập đợt chi trả (dự thảo) / draft a cycle */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Số đồng nguyên / whole đồng (number or digits) */
                        amountDong?: (number | string) | null;
                        benefitCode: string;
                        itemName?: string | null;
                        itemUnit?: string | null;
                        /** @enum {string} */
                        kind: "cash" | "in_kind" | "service";
                        listId: number;
                        name: string;
                        policyId?: number | null;
                        programmeNodeId?: number | null;
                        quantity?: number | null;
                        tranche?: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("submit" | "approve" | "return" | "close" | "deliver")[];
                            amountDong: string | null;
                            approvedAt: string | null;
                            benefitCode: string;
                            closedAt: string | null;
                            deliveredDong: string;
                            deliveredQuantity: number;
                            deliveries: number;
                            id: number;
                            itemName: string | null;
                            itemUnit: string | null;
                            /** @enum {string} */
                            kind: "cash" | "in_kind" | "service";
                            listId: number;
                            listName: string;
                            name: string;
                            persons: number;
                            policyId: number | null;
                            programmeNodeId: number | null;
                            quantity: number | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "closed";
                            submittedAt: string | null;
                            tranche: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefit-cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đợt chi trả / one cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("submit" | "approve" | "return" | "close" | "deliver")[];
                            amountDong: string | null;
                            approvedAt: string | null;
                            benefitCode: string;
                            closedAt: string | null;
                            deliveredDong: string;
                            deliveredQuantity: number;
                            deliveries: number;
                            id: number;
                            itemName: string | null;
                            itemUnit: string | null;
                            /** @enum {string} */
                            kind: "cash" | "in_kind" | "service";
                            listId: number;
                            listName: string;
                            name: string;
                            persons: number;
                            policyId: number | null;
                            programmeNodeId: number | null;
                            quantity: number | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "closed";
                            submittedAt: string | null;
                            tranche: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefit-cycles/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi duyệt, duyệt, trả lại, khóa đợt / submit, approve, return, close */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: "submit" | "approve" | "return" | "close";
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("submit" | "approve" | "return" | "close" | "deliver")[];
                            amountDong: string | null;
                            approvedAt: string | null;
                            benefitCode: string;
                            closedAt: string | null;
                            deliveredDong: string;
                            deliveredQuantity: number;
                            deliveries: number;
                            id: number;
                            itemName: string | null;
                            itemUnit: string | null;
                            /** @enum {string} */
                            kind: "cash" | "in_kind" | "service";
                            listId: number;
                            listName: string;
                            name: string;
                            persons: number;
                            policyId: number | null;
                            programmeNodeId: number | null;
                            quantity: number | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "closed";
                            submittedAt: string | null;
                            tranche: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefit-cycles/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi trả của đợt / deliveries of a cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountDong: string | null;
                                deliveredOn: string;
                                duplicates: {
                                    cycleId: number;
                                    cycleName: string;
                                    deliveredOn?: string;
                                }[];
                                evidenceKind: string | null;
                                fullName: string;
                                householdCode: string | null;
                                id: number;
                                note: string;
                                personId: number;
                                quantity: number | null;
                                receiverName: string;
                            }[];
                            totalDong: string;
                            totalQuantity: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận chi trả cho một người / record a delivery */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Số đồng nguyên / whole đồng (number or digits) */
                        amountDong?: (number | string) | null;
                        deliveredOn: string;
                        note?: string;
                        personId: number;
                        quantity?: number | null;
                        receiverName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicates: {
                                cycleId: number;
                                cycleName: string;
                            }[];
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefit-cycles/{id}/grievances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khiếu nại của đợt / grievances of a cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                answer: string | null;
                                answeredAt: string | null;
                                complainant: string;
                                content: string;
                                createdAt: string;
                                cycleId: number;
                                id: number;
                                personId: number | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "resolved" | "rejected";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi nhận khiếu nại / file a grievance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        complainant: string;
                        content: string;
                        personId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: string | null;
                            answeredAt: string | null;
                            complainant: string;
                            content: string;
                            createdAt: string;
                            cycleId: number;
                            id: number;
                            personId: number | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "rejected";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefit-deliveries/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chữ ký hoặc ảnh của lần chi trả / a delivery’s signature or photo */
        get: {
            parameters: {
                query?: {
                    kind?: "signature" | "photo";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PNG / JPEG */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
            };
        };
        put?: never;
        /** Đính kèm chữ ký hoặc ảnh / attach a signature or photo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description PNG / JPEG
                         */
                        file: string;
                        /** @description signature | photo */
                        kind?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefit-grievances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Trả lời, đổi trạng thái khiếu nại / answer a grievance */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer?: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "resolved" | "rejected";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: string | null;
                            answeredAt: string | null;
                            complainant: string;
                            content: string;
                            createdAt: string;
                            cycleId: number;
                            id: number;
                            personId: number | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "resolved" | "rejected";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranh giới (GeoJSON FeatureCollection) / unit shapes as GeoJSON
         * @description Features carry `bbox` and properties `code, name, type, level, unitId`. Same unit selection as GET /admin-units; `code` gives that one unit.
         */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    date?: string;
                    level?: "province" | "district" | "commune";
                    parent?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            features: {
                                bbox: number[];
                                geometry: {
                                    coordinates: unknown[];
                                    /** @enum {string} */
                                    type: "Polygon" | "MultiPolygon";
                                };
                                id: string;
                                properties: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    type: string;
                                    unitId: number;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            }[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tải lên ranh giới (GeoJSON) / upload shapes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        attribution?: string;
                        date?: string;
                        /**
                         * Format: binary
                         * @description GeoJSON FeatureCollection of Polygon/MultiPolygon features with a `code` property
                         */
                        file: string;
                        /** @enum {string} */
                        level: "province" | "district" | "commune";
                        licence?: string;
                        source?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            created: number;
                            items: {
                                code: string;
                                name: string;
                                replaced: boolean;
                                simplified: boolean;
                                unitId: number;
                            }[];
                            replaced: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/boundaries/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nguồn, giấy phép, ghi công / sources, licences, attribution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attribution: string;
                                levels: string[];
                                licence: string;
                                loadedAt: string;
                                notes: string;
                                source: string;
                                units: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classification-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách phân loại theo thời kỳ / dated classification lists */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    kind?: "ethnic_region" | "extremely_difficult_commune" | "extremely_difficult_village";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                basis: string;
                                entryCount: number;
                                id: number;
                                isDemo: boolean;
                                /** @enum {string} */
                                kind: "ethnic_region" | "extremely_difficult_commune" | "extremely_difficult_village";
                                name: string;
                                periodLabel: string;
                                scopeUnit: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    level: string;
                                    name: string;
                                    type: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                } | null;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo danh sách / create a list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis?: string;
                        /** @enum {string} */
                        kind: "ethnic_region" | "extremely_difficult_commune" | "extremely_difficult_village";
                        name: string;
                        periodLabel?: string;
                        scopeUnit?: string;
                        validFrom: string;
                        validTo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            entryCount: number;
                            id: number;
                            isDemo: boolean;
                            /** @enum {string} */
                            kind: "ethnic_region" | "extremely_difficult_commune" | "extremely_difficult_village";
                            name: string;
                            periodLabel: string;
                            scopeUnit: {
                                code: string;
                                fullName: string;
                                id: number;
                                level: string;
                                name: string;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classification-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một danh sách / one list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            entryCount: number;
                            id: number;
                            isDemo: boolean;
                            /** @enum {string} */
                            kind: "ethnic_region" | "extremely_difficult_commune" | "extremely_difficult_village";
                            name: string;
                            periodLabel: string;
                            scopeUnit: {
                                code: string;
                                fullName: string;
                                id: number;
                                level: string;
                                name: string;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classification-lists/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nội dung một danh sách / what a list holds */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string;
                                id: number;
                                /** @enum {string} */
                                kind: "ethnic_region" | "extremely_difficult_commune" | "extremely_difficult_village";
                                list: {
                                    id: number;
                                    isDemo: boolean;
                                    name: string;
                                    validFrom: string;
                                    validTo: string | null;
                                };
                                unit: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    level: string;
                                    name: string;
                                    type: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                } | null;
                                village: {
                                    code: string;
                                    commune: {
                                        code: string;
                                        fullName: string;
                                        id: number;
                                        name: string;
                                        type: string;
                                    };
                                    communeName: string;
                                    id: number;
                                    name: string;
                                    type: string;
                                } | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classification-lists/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập danh sách từ XLSX/CSV / import entries */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description Ngày tra cứu mã đơn vị / day unit codes are looked up on */
                        date?: string;
                        /** @description true: chỉ kiểm tra / check only */
                        dryRun?: string;
                        /**
                         * Format: binary
                         * @description Tệp XLSX hoặc CSV / XLSX or CSV file
                         */
                        file: string;
                        /** @description true: ghi các dòng hợp lệ, bỏ qua dòng lỗi / write the good rows, leave out the bad ones */
                        skipInvalid?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            created: number;
                            dryRun: boolean;
                            errorReportUrl: string | null;
                            errors: {
                                code: string;
                                field: string;
                                message: string;
                                row?: number;
                                value?: unknown;
                            }[];
                            invalid: number;
                            preview: {
                                /** @enum {string} */
                                action: "create" | "update" | "unchanged" | "error";
                                row: number;
                                values: {
                                    [key: string]: string;
                                };
                            }[];
                            skipped: number;
                            total: number;
                            unchanged: number;
                            updated: number;
                            valid: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classification-lists/import-errors/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp báo lỗi nhập / import error report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phân loại vào một ngày / classifications as of a date */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    kind?: "ethnic_region" | "extremely_difficult_commune" | "extremely_difficult_village";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string;
                                id: number;
                                /** @enum {string} */
                                kind: "ethnic_region" | "extremely_difficult_commune" | "extremely_difficult_village";
                                list: {
                                    id: number;
                                    isDemo: boolean;
                                    name: string;
                                    validFrom: string;
                                    validTo: string | null;
                                };
                                unit: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    level: string;
                                    name: string;
                                    type: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                } | null;
                                village: {
                                    code: string;
                                    commune: {
                                        code: string;
                                        fullName: string;
                                        id: number;
                                        name: string;
                                        type: string;
                                    };
                                    communeName: string;
                                    id: number;
                                    name: string;
                                    type: string;
                                } | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng điều khiển / dashboards */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string;
                                id: number;
                                isDefault: boolean;
                                itemCount: number;
                                mine: boolean;
                                name: string;
                                ownerId: number;
                                ownerName: string | null;
                                sharedRoles: string[];
                                sharedUserIds: number[];
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo bảng điều khiển / create a dashboard */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** @default [] */
                        items?: {
                            dataSet?: string;
                            /** @default 1 */
                            height?: number;
                            id: string;
                            /** @enum {string} */
                            kind: "visualisation" | "map" | "text" | "headline" | "completeness" | "programme";
                            mapId?: number;
                            text?: string;
                            /** @default  */
                            title?: string;
                            visualisationId?: number;
                            /** @default 2 */
                            width?: number;
                        }[];
                        name: string;
                        /** @default [] */
                        sharedRoles?: ("admin" | "province_officer" | "commune_officer" | "viewer")[];
                        /** @default [] */
                        sharedUserIds?: number[];
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            id: number;
                            isDefault: boolean;
                            items: {
                                dataSet?: string;
                                /** @default 1 */
                                height: number;
                                id: string;
                                /** @enum {string} */
                                kind: "visualisation" | "map" | "text" | "headline" | "completeness" | "programme";
                                map?: {
                                    id: number;
                                    name: string;
                                    settings: {
                                        /** @default [] */
                                        breaks: number[];
                                        /** @default 5 */
                                        classes: number;
                                        date?: string;
                                        /** @enum {string} */
                                        level?: "province" | "district" | "commune";
                                        /** @enum {string} */
                                        measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                        /**
                                         * @default quantile
                                         * @enum {string}
                                         */
                                        method: "equal" | "quantile" | "fixed";
                                        parent?: string;
                                        year?: number;
                                    };
                                } | null;
                                mapId?: number;
                                text?: string;
                                /** @default  */
                                title: string;
                                visualisation?: {
                                    /** @enum {string} */
                                    chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                                    id: number;
                                    name: string;
                                    query: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                visualisationId?: number;
                                /** @default 2 */
                                width: number;
                            }[];
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            unit: {
                                code: string;
                                name: string;
                            } | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mở bảng điều khiển / open a dashboard */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            id: number;
                            isDefault: boolean;
                            items: {
                                dataSet?: string;
                                /** @default 1 */
                                height: number;
                                id: string;
                                /** @enum {string} */
                                kind: "visualisation" | "map" | "text" | "headline" | "completeness" | "programme";
                                map?: {
                                    id: number;
                                    name: string;
                                    settings: {
                                        /** @default [] */
                                        breaks: number[];
                                        /** @default 5 */
                                        classes: number;
                                        date?: string;
                                        /** @enum {string} */
                                        level?: "province" | "district" | "commune";
                                        /** @enum {string} */
                                        measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                        /**
                                         * @default quantile
                                         * @enum {string}
                                         */
                                        method: "equal" | "quantile" | "fixed";
                                        parent?: string;
                                        year?: number;
                                    };
                                } | null;
                                mapId?: number;
                                text?: string;
                                /** @default  */
                                title: string;
                                visualisation?: {
                                    /** @enum {string} */
                                    chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                                    id: number;
                                    name: string;
                                    query: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                visualisationId?: number;
                                /** @default 2 */
                                width: number;
                            }[];
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            unit: {
                                code: string;
                                name: string;
                            } | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xóa bảng điều khiển / delete a dashboard */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa, sắp xếp hoặc chia sẻ bảng điều khiển / change, arrange or share a dashboard */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        /** @default [] */
                        items?: {
                            dataSet?: string;
                            /** @default 1 */
                            height?: number;
                            id: string;
                            /** @enum {string} */
                            kind: "visualisation" | "map" | "text" | "headline" | "completeness" | "programme";
                            mapId?: number;
                            text?: string;
                            /** @default  */
                            title?: string;
                            visualisationId?: number;
                            /** @default 2 */
                            width?: number;
                        }[];
                        name?: string;
                        /** @default [] */
                        sharedRoles?: ("admin" | "province_officer" | "commune_officer" | "viewer")[];
                        /** @default [] */
                        sharedUserIds?: number[];
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            id: number;
                            isDefault: boolean;
                            items: {
                                dataSet?: string;
                                /** @default 1 */
                                height: number;
                                id: string;
                                /** @enum {string} */
                                kind: "visualisation" | "map" | "text" | "headline" | "completeness" | "programme";
                                map?: {
                                    id: number;
                                    name: string;
                                    settings: {
                                        /** @default [] */
                                        breaks: number[];
                                        /** @default 5 */
                                        classes: number;
                                        date?: string;
                                        /** @enum {string} */
                                        level?: "province" | "district" | "commune";
                                        /** @enum {string} */
                                        measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                        /**
                                         * @default quantile
                                         * @enum {string}
                                         */
                                        method: "equal" | "quantile" | "fixed";
                                        parent?: string;
                                        year?: number;
                                    };
                                } | null;
                                mapId?: number;
                                text?: string;
                                /** @default  */
                                title: string;
                                visualisation?: {
                                    /** @enum {string} */
                                    chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                                    id: number;
                                    name: string;
                                    query: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                visualisationId?: number;
                                /** @default 2 */
                                width: number;
                            }[];
                            mine: boolean;
                            name: string;
                            ownerId: number;
                            ownerName: string | null;
                            sharedRoles: string[];
                            sharedUserIds: number[];
                            unit: {
                                code: string;
                                name: string;
                            } | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/dashboards/{id}/items/{itemId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Số liệu một mục với bộ lọc của bảng / one item with the dashboard filter
         * @description For a visualisation: its query with the filter’s periods and unit in place of its own, run in the caller’s area. For a map: its settings with the year of the last period and the unit as parent, and its values. Headline figures, reporting completeness and programme disbursement likewise. An answer is kept until the database next changes (header `x-answer-cache: hit` when it was).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        periods?: string[];
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: {
                                asOf: string;
                                columnDimensions: string[];
                                columns: {
                                    keys: string[];
                                    labels: string[];
                                    total: boolean;
                                }[];
                                flagged: boolean[][];
                                periods: {
                                    id: string;
                                    name: string;
                                }[];
                                rowDimensions: string[];
                                rows: {
                                    keys: string[];
                                    labels: string[];
                                    total: boolean;
                                }[];
                                splitUnits: string[];
                                suppressed: boolean[][];
                                suppression: {
                                    applied: boolean;
                                    cells: number;
                                    threshold: number;
                                };
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                values: (number | null)[][];
                            } | null;
                            completeness: {
                                period: number;
                                totals: {
                                    approved: number;
                                    completeness: number | null;
                                    expected: number;
                                    late: number;
                                    missing: number;
                                    notDue: number;
                                    onTime: number;
                                    reported: number;
                                    returned: number;
                                    timeliness: number | null;
                                };
                            } | null;
                            headline: {
                                households: number;
                                minorityPersons: number;
                                minorityShare: number | null;
                                persons: number;
                                poorHouseholds: number;
                                povertyRate: number | null;
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                year: number;
                            } | null;
                            /** @enum {string} */
                            kind: "visualisation" | "map" | "text" | "headline" | "completeness" | "programme";
                            map: {
                                /** @default [] */
                                breaks: number[];
                                /** @default 5 */
                                classes: number;
                                date?: string;
                                /** @enum {string} */
                                level?: "province" | "district" | "commune";
                                /** @enum {string} */
                                measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                /**
                                 * @default quantile
                                 * @enum {string}
                                 */
                                method: "equal" | "quantile" | "fixed";
                                parent?: string;
                                year?: number;
                            } | null;
                            programme: {
                                nodeName: string;
                                total: {
                                    allocated: string;
                                    committed: string;
                                    disbursed: string;
                                    rate: number | null;
                                };
                                year: number;
                            } | null;
                            query: {
                                [key: string]: unknown;
                            } | null;
                            values: {
                                date: string;
                                items: {
                                    code: string;
                                    denominator: number | null;
                                    hasChildren: boolean;
                                    /** @enum {string} */
                                    level: "province" | "district" | "commune";
                                    name: string;
                                    numerator: number | null;
                                    point: (number)[] | null;
                                    type: string;
                                    value: number | null;
                                }[];
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                levels: ("province" | "district" | "commune")[];
                                /** @enum {string} */
                                measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                parent: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "province" | "district" | "commune";
                                    name: string;
                                    type: string;
                                } | null;
                                /** @enum {string} */
                                unit: "count" | "percent";
                                year: number;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mở bảng điều khiển cùng số liệu mọi mục / a dashboard with every item’s data
         * @description The dashboard `id` (default: the first the caller may open, as listed) and the filter (`periods` comma-separated, `unit`) with the data of each of its items under the filter, as `POST /dashboards/{id}/items/{itemId}/data` gives them one by one; `dashboard` is null when the caller may open none. Answers are kept until the database next changes.
         */
        get: {
            parameters: {
                query?: {
                    id?: number;
                    periods?: string;
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dashboard: {
                                description: string;
                                id: number;
                                isDefault: boolean;
                                items: {
                                    dataSet?: string;
                                    /** @default 1 */
                                    height: number;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "visualisation" | "map" | "text" | "headline" | "completeness" | "programme";
                                    map?: {
                                        id: number;
                                        name: string;
                                        settings: {
                                            /** @default [] */
                                            breaks: number[];
                                            /** @default 5 */
                                            classes: number;
                                            date?: string;
                                            /** @enum {string} */
                                            level?: "province" | "district" | "commune";
                                            /** @enum {string} */
                                            measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                            /**
                                             * @default quantile
                                             * @enum {string}
                                             */
                                            method: "equal" | "quantile" | "fixed";
                                            parent?: string;
                                            year?: number;
                                        };
                                    } | null;
                                    mapId?: number;
                                    text?: string;
                                    /** @default  */
                                    title: string;
                                    visualisation?: {
                                        /** @enum {string} */
                                        chartType: "table" | "bar" | "stacked_bar" | "line" | "pie" | "single_value";
                                        id: number;
                                        name: string;
                                        query: {
                                            [key: string]: unknown;
                                        };
                                    } | null;
                                    visualisationId?: number;
                                    /** @default 2 */
                                    width: number;
                                }[];
                                mine: boolean;
                                name: string;
                                ownerId: number;
                                ownerName: string | null;
                                sharedRoles: string[];
                                sharedUserIds: number[];
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                updatedAt: string;
                            } | null;
                            items: {
                                [key: string]: {
                                    answer: {
                                        asOf: string;
                                        columnDimensions: string[];
                                        columns: {
                                            keys: string[];
                                            labels: string[];
                                            total: boolean;
                                        }[];
                                        flagged: boolean[][];
                                        periods: {
                                            id: string;
                                            name: string;
                                        }[];
                                        rowDimensions: string[];
                                        rows: {
                                            keys: string[];
                                            labels: string[];
                                            total: boolean;
                                        }[];
                                        splitUnits: string[];
                                        suppressed: boolean[][];
                                        suppression: {
                                            applied: boolean;
                                            cells: number;
                                            threshold: number;
                                        };
                                        unit: {
                                            code: string;
                                            name: string;
                                        } | null;
                                        values: (number | null)[][];
                                    } | null;
                                    completeness: {
                                        period: number;
                                        totals: {
                                            approved: number;
                                            completeness: number | null;
                                            expected: number;
                                            late: number;
                                            missing: number;
                                            notDue: number;
                                            onTime: number;
                                            reported: number;
                                            returned: number;
                                            timeliness: number | null;
                                        };
                                    } | null;
                                    headline: {
                                        households: number;
                                        minorityPersons: number;
                                        minorityShare: number | null;
                                        persons: number;
                                        poorHouseholds: number;
                                        povertyRate: number | null;
                                        unit: {
                                            code: string;
                                            name: string;
                                        } | null;
                                        year: number;
                                    } | null;
                                    /** @enum {string} */
                                    kind: "visualisation" | "map" | "text" | "headline" | "completeness" | "programme";
                                    map: {
                                        /** @default [] */
                                        breaks: number[];
                                        /** @default 5 */
                                        classes: number;
                                        date?: string;
                                        /** @enum {string} */
                                        level?: "province" | "district" | "commune";
                                        /** @enum {string} */
                                        measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                        /**
                                         * @default quantile
                                         * @enum {string}
                                         */
                                        method: "equal" | "quantile" | "fixed";
                                        parent?: string;
                                        year?: number;
                                    } | null;
                                    programme: {
                                        nodeName: string;
                                        total: {
                                            allocated: string;
                                            committed: string;
                                            disbursed: string;
                                            rate: number | null;
                                        };
                                        year: number;
                                    } | null;
                                    query: {
                                        [key: string]: unknown;
                                    } | null;
                                    values: {
                                        date: string;
                                        items: {
                                            code: string;
                                            denominator: number | null;
                                            hasChildren: boolean;
                                            /** @enum {string} */
                                            level: "province" | "district" | "commune";
                                            name: string;
                                            numerator: number | null;
                                            point: (number)[] | null;
                                            type: string;
                                            value: number | null;
                                        }[];
                                        /** @enum {string} */
                                        level: "province" | "district" | "commune";
                                        levels: ("province" | "district" | "commune")[];
                                        /** @enum {string} */
                                        measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                                        parent: {
                                            code: string;
                                            /** @enum {string} */
                                            level: "province" | "district" | "commune";
                                            name: string;
                                            type: string;
                                        } | null;
                                        /** @enum {string} */
                                        unit: "count" | "percent";
                                        year: number;
                                    } | null;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình hình nộp báo cáo / completeness and timeliness */
        get: {
            parameters: {
                query: {
                    dataSet: string;
                    parent?: string;
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chase: {
                                comment: string | null;
                                decidedAt: string | null;
                                officers: {
                                    name: string;
                                    username: string;
                                }[];
                                started: boolean;
                                /** @enum {string} */
                                status: "open" | "submitted" | "approved" | "returned";
                                submittedAt: string | null;
                                /** @enum {string} */
                                timeliness: "on_time" | "late" | "missing" | "not_due";
                                unit: {
                                    code: string;
                                    id: number;
                                    /** @enum {string} */
                                    level: "province" | "district" | "commune";
                                    name: string;
                                    parent: {
                                        code: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            dataSet: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            items: {
                                comment: string | null;
                                decidedAt: string | null;
                                started: boolean;
                                /** @enum {string} */
                                status: "open" | "submitted" | "approved" | "returned";
                                submittedAt: string | null;
                                /** @enum {string} */
                                timeliness: "on_time" | "late" | "missing" | "not_due";
                                unit: {
                                    code: string;
                                    id: number;
                                    /** @enum {string} */
                                    level: "province" | "district" | "commune";
                                    name: string;
                                    parent: {
                                        code: string;
                                        name: string;
                                    } | null;
                                };
                            }[];
                            period: {
                                deadline: string;
                                end: string;
                                id: string;
                                start: string;
                            };
                            totals: {
                                approved: number;
                                completeness: number | null;
                                expected: number;
                                late: number;
                                missing: number;
                                notDue: number;
                                onTime: number;
                                reported: number;
                                returned: number;
                                timeliness: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biểu nhập số liệu / data entry form */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canApprove: boolean;
                            canEdit: boolean;
                            canReopen: boolean;
                            comment: string | null;
                            dataSet: {
                                /** @enum {string} */
                                calendar: "calendar" | "nd09";
                                code: string;
                                id: number;
                                name: string;
                                nameEn: string | null;
                                /** @enum {string} */
                                periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            };
                            derivable: number[];
                            period: {
                                deadline: string;
                                end: string;
                                id: string;
                                start: string;
                            };
                            sections: {
                                code: string;
                                elements: {
                                    code: string;
                                    id: number;
                                    max: number | null;
                                    min: number | null;
                                    name: string;
                                    nameEn: string | null;
                                    optionCombos: {
                                        code: string | null;
                                        id: number;
                                        name: string;
                                    }[];
                                    unit: string | null;
                                    /** @enum {string} */
                                    valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                                }[];
                                id: number;
                                name: string;
                                nameEn: string | null;
                            }[];
                            /** @enum {string} */
                            status: "open" | "submitted" | "approved" | "returned";
                            submittedAt: string | null;
                            unit: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                            };
                            values: {
                                categoryOptionComboId: number;
                                comment: string | null;
                                dataElementId: number;
                                derived: boolean;
                                overrideReason: string | null;
                                updatedAt: string;
                                value: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** approve report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "open" | "submitted" | "approved" | "returned";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/derived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lấy số liệu từ sổ hộ / refresh values computed from the register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicates: number;
                            items: {
                                categoryOptionComboId: number;
                                clientId: string | null;
                                dataElementId: number;
                                /** @enum {string} */
                                outcome: "saved" | "unchanged" | "duplicate";
                            }[];
                            saved: number;
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử báo cáo / report history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                action: "submit" | "approve" | "return" | "reopen";
                                at: string;
                                by: string | null;
                                byName: string | null;
                                comment: string | null;
                                /** @enum {string} */
                                from: "open" | "submitted" | "approved" | "returned";
                                /** @enum {string} */
                                to: "open" | "submitted" | "approved" | "returned";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/layout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bố cục phân tổ theo dân tộc / layout of the breakdowns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            combos: {
                                ethnicCode: string | null;
                                id: number;
                                rest: string | null;
                                restEn: string | null;
                                row: string;
                                rowEn: string;
                            }[];
                            groups: {
                                code: string;
                                name: string;
                                persons: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/previous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu các kỳ trước / values of earlier periods */
        get: {
            parameters: {
                query?: {
                    count?: number;
                };
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            periods: {
                                end: string;
                                id: string;
                                name: string;
                                start: string;
                            }[];
                            values: {
                                categoryOptionComboId: number;
                                dataElementId: number;
                                periodId: string;
                                value: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** reopen report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "open" | "submitted" | "approved" | "returned";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** return report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "open" | "submitted" | "approved" | "returned";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nộp báo cáo / submit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "open" | "submitted" | "approved" | "returned";
                            warnings: {
                                blocking: boolean;
                                cells: {
                                    categoryOptionComboId: number | null;
                                    dataElementId: number;
                                    name: string;
                                }[];
                                code: string;
                                /** @enum {string} */
                                importance: "high" | "medium" | "low";
                                left: number;
                                leftText: string;
                                message: string;
                                name: string;
                                operator: string;
                                right: number;
                                rightText: string;
                                ruleId: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra số liệu / run validation rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: number;
                            violations: {
                                blocking: boolean;
                                cells: {
                                    categoryOptionComboId: number | null;
                                    dataElementId: number;
                                    name: string;
                                }[];
                                code: string;
                                /** @enum {string} */
                                importance: "high" | "medium" | "low";
                                left: number;
                                leftText: string;
                                message: string;
                                name: string;
                                operator: string;
                                right: number;
                                rightText: string;
                                ruleId: number;
                            }[];
                            warnings: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Lưu một giá trị / save one value */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryOptionComboId: number;
                        clientId?: string;
                        comment?: string | null;
                        dataElementId: number;
                        overrideReason?: string | null;
                        value?: (string | number | boolean) | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicates: number;
                            items: {
                                categoryOptionComboId: number;
                                clientId: string | null;
                                dataElementId: number;
                                /** @enum {string} */
                                outcome: "saved" | "unchanged" | "duplicate";
                            }[];
                            saved: number;
                            unchanged: number;
                        };
                    };
                };
            };
        };
        /** Lưu nhiều giá trị / save values in bulk */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: {
                            categoryOptionComboId: number;
                            clientId?: string;
                            comment?: string | null;
                            dataElementId: number;
                            overrideReason?: string | null;
                            value?: (string | number | boolean) | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicates: number;
                            items: {
                                categoryOptionComboId: number;
                                clientId: string | null;
                                dataElementId: number;
                                /** @enum {string} */
                                outcome: "saved" | "unchanged" | "duplicate";
                            }[];
                            saved: number;
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-entry/reports/{dataSet}/{unit}/{period}/values/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử một giá trị / changes of one value */
        get: {
            parameters: {
                query: {
                    categoryOptionComboId: number;
                    dataElementId: number;
                };
                header?: never;
                path: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataElement: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            items: {
                                at: string;
                                by: string | null;
                                byName: string | null;
                                derived: boolean;
                                newComment: string | null;
                                newValue: string | null;
                                oldComment: string | null;
                                oldValue: string | null;
                                overrideReason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-protection/accesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ai đã đọc, xuất dữ liệu cá nhân nào, khi nào, vì sao / who read or exported which personal data */
        get: {
            parameters: {
                query?: {
                    action?: "view" | "export";
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    requestId?: number;
                    to?: string;
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                at: string;
                                details: unknown;
                                entity: string;
                                entityId: string | null;
                                id: number;
                                purpose: string;
                                request: {
                                    id: number;
                                    organisation: string;
                                    title: string;
                                } | null;
                                user: {
                                    fullName: string | null;
                                    id: number | null;
                                    username: string | null;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-protection/persons/{id}/accesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử truy cập dữ liệu của một người / one person’s access history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                at: string;
                                details: unknown;
                                entity: string;
                                entityId: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "record" | "data_use";
                                purpose: string;
                                request: {
                                    id: number;
                                    organisation: string;
                                    title: string;
                                } | null;
                                user: {
                                    fullName: string | null;
                                    id: number | null;
                                    username: string | null;
                                };
                            }[];
                            person: {
                                birthYear: number | null;
                                commune: string;
                                fullName: string;
                                id: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-protection/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dữ liệu cá nhân quá thời hạn lưu giữ / personal data past its retention */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                days: number | null;
                                defaultDays: number | null;
                                en: string;
                                /** @enum {string} */
                                kind: "deceased_person" | "deleted_person" | "access_log" | "data_use_copy";
                                oldest: string | null;
                                records: {
                                    id: number;
                                    label: string;
                                    place: string | null;
                                    since: string;
                                }[];
                                total: number;
                                vi: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-protection/retention/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt thời hạn lưu giữ / set a retention period */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "deceased_person" | "deleted_person" | "access_log" | "data_use_copy";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                days: number | null;
                                defaultDays: number | null;
                                en: string;
                                /** @enum {string} */
                                kind: "deceased_person" | "deleted_person" | "access_log" | "data_use_copy";
                                oldest: string | null;
                                records: {
                                    id: number;
                                    label: string;
                                    place: string | null;
                                    since: string;
                                }[];
                                total: number;
                                vi: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Yêu cầu sử dụng dữ liệu / data-use requests */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "approved" | "refused" | "revoked" | "expired";
                    view?: "mine" | "review";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessDays: number;
                                /** @enum {string} */
                                accessKind: "extract" | "token" | "both";
                                accessUntil: string | null;
                                approvedFields: string[] | null;
                                approvedIdentities: boolean | null;
                                area: {
                                    code: string;
                                    id: number;
                                    level: string;
                                    name: string;
                                };
                                can: {
                                    decide: boolean;
                                    download: boolean;
                                    issueToken: boolean;
                                    revoke: boolean;
                                };
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: {
                                    fullName: string | null;
                                    id: number;
                                    username: string | null;
                                } | null;
                                decisionReason: string | null;
                                endedAt: string | null;
                                fields: string[];
                                id: number;
                                identities: boolean;
                                legalBasis: string;
                                organisation: string;
                                periodFrom: string;
                                periodTo: string;
                                purpose: string;
                                requester: {
                                    fullName: string | null;
                                    id: number;
                                    username: string | null;
                                } | null;
                                retainUntil: string | null;
                                retentionDays: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "refused" | "revoked" | "expired";
                                title: string;
                                token: {
                                    expiresAt: string;
                                    id: number;
                                    lastUsedAt: string | null;
                                    prefix: string;
                                    revokedAt: string | null;
                                } | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Gửi yêu cầu sử dụng dữ liệu / file a data-use request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessDays: number;
                        /** @enum {string} */
                        accessKind: "extract" | "token" | "both";
                        areaCode: string;
                        fields: string[];
                        /** @default false */
                        identities?: boolean;
                        legalBasis: string;
                        organisation: string;
                        periodFrom: string;
                        periodTo: string;
                        purpose: string;
                        retentionDays: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessDays: number;
                            /** @enum {string} */
                            accessKind: "extract" | "token" | "both";
                            accessUntil: string | null;
                            approvedFields: string[] | null;
                            approvedIdentities: boolean | null;
                            area: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                            };
                            can: {
                                decide: boolean;
                                download: boolean;
                                issueToken: boolean;
                                revoke: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            decisionReason: string | null;
                            endedAt: string | null;
                            fields: string[];
                            id: number;
                            identities: boolean;
                            legalBasis: string;
                            organisation: string;
                            periodFrom: string;
                            periodTo: string;
                            purpose: string;
                            requester: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            retainUntil: string | null;
                            retentionDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked" | "expired";
                            title: string;
                            token: {
                                expiresAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                prefix: string;
                                revokedAt: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một yêu cầu sử dụng dữ liệu / one data-use request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessDays: number;
                            /** @enum {string} */
                            accessKind: "extract" | "token" | "both";
                            accessUntil: string | null;
                            approvedFields: string[] | null;
                            approvedIdentities: boolean | null;
                            area: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                            };
                            can: {
                                decide: boolean;
                                download: boolean;
                                issueToken: boolean;
                                revoke: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            decisionReason: string | null;
                            endedAt: string | null;
                            fields: string[];
                            id: number;
                            identities: boolean;
                            legalBasis: string;
                            organisation: string;
                            periodFrom: string;
                            periodTo: string;
                            purpose: string;
                            requester: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            retainUntil: string | null;
                            retentionDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked" | "expired";
                            title: string;
                            token: {
                                expiresAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                prefix: string;
                                revokedAt: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt yêu cầu / approve a request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessDays?: number;
                        fields?: string[];
                        identities?: boolean;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessDays: number;
                            /** @enum {string} */
                            accessKind: "extract" | "token" | "both";
                            accessUntil: string | null;
                            approvedFields: string[] | null;
                            approvedIdentities: boolean | null;
                            area: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                            };
                            can: {
                                decide: boolean;
                                download: boolean;
                                issueToken: boolean;
                                revoke: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            decisionReason: string | null;
                            endedAt: string | null;
                            fields: string[];
                            id: number;
                            identities: boolean;
                            legalBasis: string;
                            organisation: string;
                            periodFrom: string;
                            periodTo: string;
                            purpose: string;
                            requester: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            retainUntil: string | null;
                            retentionDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked" | "expired";
                            title: string;
                            token: {
                                expiresAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                prefix: string;
                                revokedAt: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests/{id}/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp trích xuất đã duyệt (ghi nhật ký) / download the approved extract (logged) */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp CSV (UTF-8 có BOM) hoặc XLSX / the CSV or XLSX file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Từ chối yêu cầu / refuse a request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessDays: number;
                            /** @enum {string} */
                            accessKind: "extract" | "token" | "both";
                            accessUntil: string | null;
                            approvedFields: string[] | null;
                            approvedIdentities: boolean | null;
                            area: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                            };
                            can: {
                                decide: boolean;
                                download: boolean;
                                issueToken: boolean;
                                revoke: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            decisionReason: string | null;
                            endedAt: string | null;
                            fields: string[];
                            id: number;
                            identities: boolean;
                            legalBasis: string;
                            organisation: string;
                            periodFrom: string;
                            periodTo: string;
                            purpose: string;
                            requester: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            retainUntil: string | null;
                            retentionDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked" | "expired";
                            title: string;
                            token: {
                                expiresAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                prefix: string;
                                revokedAt: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi quyền truy cập / revoke access */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessDays: number;
                            /** @enum {string} */
                            accessKind: "extract" | "token" | "both";
                            accessUntil: string | null;
                            approvedFields: string[] | null;
                            approvedIdentities: boolean | null;
                            area: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                            };
                            can: {
                                decide: boolean;
                                download: boolean;
                                issueToken: boolean;
                                revoke: boolean;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            decisionReason: string | null;
                            endedAt: string | null;
                            fields: string[];
                            id: number;
                            identities: boolean;
                            legalBasis: string;
                            organisation: string;
                            periodFrom: string;
                            periodTo: string;
                            purpose: string;
                            requester: {
                                fullName: string | null;
                                id: number;
                                username: string | null;
                            } | null;
                            retainUntil: string | null;
                            retentionDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked" | "expired";
                            title: string;
                            token: {
                                expiresAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                prefix: string;
                                revokedAt: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dữ liệu đã duyệt theo trang, cho khóa API (ghi nhật ký) / approved rows by page, for the token (logged) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                en: string;
                                key: string;
                                vi: string;
                            }[];
                            page: number;
                            pageSize: number;
                            rows: ((string | number | boolean) | null)[][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests/{id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp khóa API của yêu cầu (hiện một lần) / issue the request token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            request: {
                                accessDays: number;
                                /** @enum {string} */
                                accessKind: "extract" | "token" | "both";
                                accessUntil: string | null;
                                approvedFields: string[] | null;
                                approvedIdentities: boolean | null;
                                area: {
                                    code: string;
                                    id: number;
                                    level: string;
                                    name: string;
                                };
                                can: {
                                    decide: boolean;
                                    download: boolean;
                                    issueToken: boolean;
                                    revoke: boolean;
                                };
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: {
                                    fullName: string | null;
                                    id: number;
                                    username: string | null;
                                } | null;
                                decisionReason: string | null;
                                endedAt: string | null;
                                fields: string[];
                                id: number;
                                identities: boolean;
                                legalBasis: string;
                                organisation: string;
                                periodFrom: string;
                                periodTo: string;
                                purpose: string;
                                requester: {
                                    fullName: string | null;
                                    id: number;
                                    username: string | null;
                                } | null;
                                retainUntil: string | null;
                                retentionDays: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "refused" | "revoked" | "expired";
                                title: string;
                                token: {
                                    expiresAt: string;
                                    id: number;
                                    lastUsedAt: string | null;
                                    prefix: string;
                                    revokedAt: string | null;
                                } | null;
                            };
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data-requests/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các trường có thể yêu cầu / fields that can be requested */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                en: string;
                                identifying: boolean;
                                key: string;
                                vi: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dataValues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đọc một giá trị (DHIS2) / read one data value: de, pe, ou, co (as DHIS2: a list holding the value) */
        get: {
            parameters: {
                query?: {
                    categoryIdScheme?: string;
                    categoryOptionComboIdScheme?: string;
                    categoryOptionIdScheme?: string;
                    cc?: string;
                    co?: string;
                    comment?: string;
                    cp?: string;
                    dataElementIdScheme?: string;
                    dataSetIdScheme?: string;
                    de?: string;
                    ds?: string;
                    followUp?: "true" | "false";
                    force?: "true" | "false";
                    idScheme?: string;
                    orgUnitIdScheme?: string;
                    ou?: string;
                    pe?: string;
                    value?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string[];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errorCode?: string;
                            httpStatus: string;
                            httpStatusCode: number;
                            message: string;
                            response?: {
                                conflicts: {
                                    errorCode: string;
                                    indexes: number[];
                                    object: string;
                                    objects?: {
                                        [key: string]: string;
                                    };
                                    property?: string;
                                    value: string;
                                }[];
                                dataSetComplete: string;
                                description: string;
                                importCount: {
                                    deleted: number;
                                    ignored: number;
                                    imported: number;
                                    updated: number;
                                };
                                importOptions: {
                                    async: boolean;
                                    atomicMode: string;
                                    dryRun: boolean;
                                    force: boolean;
                                    idSchemes: {
                                        [key: string]: string;
                                    };
                                    importStrategy: string;
                                    reportMode: string;
                                    skipAudit: boolean;
                                    strictPeriods: boolean;
                                };
                                rejectedIndexes: number[];
                                /** @enum {string} */
                                responseType: "ImportSummary";
                                /** @enum {string} */
                                status: "SUCCESS" | "WARNING" | "ERROR";
                            };
                            /** @enum {string} */
                            status: "OK" | "WARNING" | "ERROR";
                        };
                        "application/xml": string;
                    };
                };
            };
        };
        put?: never;
        /** Lưu một giá trị (DHIS2) / save one data value: de, pe, ou, co, value, comment in the query, a form or JSON (dataElement, period, …) */
        post: {
            parameters: {
                query?: {
                    categoryIdScheme?: string;
                    categoryOptionComboIdScheme?: string;
                    categoryOptionIdScheme?: string;
                    cc?: string;
                    co?: string;
                    comment?: string;
                    cp?: string;
                    dataElementIdScheme?: string;
                    dataSetIdScheme?: string;
                    de?: string;
                    ds?: string;
                    followUp?: "true" | "false";
                    force?: "true" | "false";
                    idScheme?: string;
                    orgUnitIdScheme?: string;
                    ou?: string;
                    pe?: string;
                    value?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attribute?: {
                            combo?: string;
                            options?: string[];
                        };
                        categoryOptionCombo?: string;
                        cc?: string;
                        co?: string;
                        comment?: string;
                        cp?: string;
                        dataElement?: string;
                        dataSet?: string;
                        de?: string;
                        ds?: string;
                        followup?: boolean | ("true" | "false");
                        /** @enum {string} */
                        followUp?: "true" | "false";
                        /** @enum {string} */
                        force?: "true" | "false";
                        orgUnit?: string;
                        ou?: string;
                        pe?: string;
                        period?: string;
                        value?: string;
                    };
                };
            };
            responses: {
                /** @description Saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errorCode?: string;
                            httpStatus: string;
                            httpStatusCode: number;
                            message: string;
                            response?: {
                                conflicts: {
                                    errorCode: string;
                                    indexes: number[];
                                    object: string;
                                    objects?: {
                                        [key: string]: string;
                                    };
                                    property?: string;
                                    value: string;
                                }[];
                                dataSetComplete: string;
                                description: string;
                                importCount: {
                                    deleted: number;
                                    ignored: number;
                                    imported: number;
                                    updated: number;
                                };
                                importOptions: {
                                    async: boolean;
                                    atomicMode: string;
                                    dryRun: boolean;
                                    force: boolean;
                                    idSchemes: {
                                        [key: string]: string;
                                    };
                                    importStrategy: string;
                                    reportMode: string;
                                    skipAudit: boolean;
                                    strictPeriods: boolean;
                                };
                                rejectedIndexes: number[];
                                /** @enum {string} */
                                responseType: "ImportSummary";
                                /** @enum {string} */
                                status: "SUCCESS" | "WARNING" | "ERROR";
                            };
                            /** @enum {string} */
                            status: "OK" | "WARNING" | "ERROR";
                        };
                        "application/xml": string;
                    };
                };
            };
        };
        /** Xóa một giá trị (DHIS2) / delete one data value: de, pe, ou, co */
        delete: {
            parameters: {
                query?: {
                    categoryIdScheme?: string;
                    categoryOptionComboIdScheme?: string;
                    categoryOptionIdScheme?: string;
                    cc?: string;
                    co?: string;
                    comment?: string;
                    cp?: string;
                    dataElementIdScheme?: string;
                    dataSetIdScheme?: string;
                    de?: string;
                    ds?: string;
                    followUp?: "true" | "false";
                    force?: "true" | "false";
                    idScheme?: string;
                    orgUnitIdScheme?: string;
                    ou?: string;
                    pe?: string;
                    value?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errorCode?: string;
                            httpStatus: string;
                            httpStatusCode: number;
                            message: string;
                            response?: {
                                conflicts: {
                                    errorCode: string;
                                    indexes: number[];
                                    object: string;
                                    objects?: {
                                        [key: string]: string;
                                    };
                                    property?: string;
                                    value: string;
                                }[];
                                dataSetComplete: string;
                                description: string;
                                importCount: {
                                    deleted: number;
                                    ignored: number;
                                    imported: number;
                                    updated: number;
                                };
                                importOptions: {
                                    async: boolean;
                                    atomicMode: string;
                                    dryRun: boolean;
                                    force: boolean;
                                    idSchemes: {
                                        [key: string]: string;
                                    };
                                    importStrategy: string;
                                    reportMode: string;
                                    skipAudit: boolean;
                                    strictPeriods: boolean;
                                };
                                rejectedIndexes: number[];
                                /** @enum {string} */
                                responseType: "ImportSummary";
                                /** @enum {string} */
                                status: "SUCCESS" | "WARNING" | "ERROR";
                            };
                            /** @enum {string} */
                            status: "OK" | "WARNING" | "ERROR";
                        };
                        "application/xml": string;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dataValueSets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất dữ liệu theo chuẩn DHIS2 / export data values as DHIS2 (JSON, CSV, dxf2 XML, ADX) */
        get: {
            parameters: {
                query?: {
                    attributeOptionCombo?: string | string[];
                    categoryIdScheme?: string;
                    categoryOptionComboIdScheme?: string;
                    categoryOptionIdScheme?: string;
                    children?: "true" | "false";
                    dataElementIdScheme?: string;
                    dataSet?: string | string[];
                    dataSetIdScheme?: string;
                    endDate?: string;
                    format?: "json" | "csv" | "xml" | "adx";
                    idScheme?: string;
                    includeDeleted?: "true" | "false";
                    includeDescendants?: "true" | "false";
                    lastUpdated?: string;
                    limit?: number;
                    orgUnit?: string | string[];
                    orgUnitIdScheme?: string;
                    page?: number;
                    pageSize?: number;
                    paging?: "true" | "false";
                    period?: string | string[];
                    startDate?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/adx+xml": string;
                        "application/json": {
                            dataSet?: string;
                            dataValues: {
                                attributeOptionCombo: string;
                                categoryOptionCombo: string;
                                comment: string | null;
                                created: string;
                                dataElement: string;
                                deleted?: boolean;
                                followup: boolean;
                                lastUpdated: string;
                                orgUnit: string;
                                period: string;
                                storedBy: string;
                                value: string | null;
                            }[];
                        };
                        "application/xml": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        /** Nhập dữ liệu DHIS2 / import a DHIS2 data value set (JSON, CSV, dxf2 XML, ADX); 409 when values conflict, async=true runs it as a job */
        post: {
            parameters: {
                query?: {
                    async?: "true" | "false";
                    atomicMode?: "ALL" | "NONE";
                    categoryIdScheme?: string;
                    categoryOptionComboIdScheme?: string;
                    categoryOptionIdScheme?: string;
                    dataElementIdScheme?: string;
                    dataSetIdScheme?: string;
                    dryRun?: "true" | "false";
                    firstRowIsHeader?: "true" | "false";
                    force?: "true" | "false";
                    format?: "json" | "csv" | "xml" | "adx";
                    idScheme?: string;
                    importReportMode?: "FULL" | "ERRORS" | "DEBUG";
                    importStrategy?: "CREATE_AND_UPDATE" | "CREATE" | "UPDATE" | "DELETE" | "NEW_AND_UPDATES" | "NEW" | "UPDATES";
                    mergeMode?: "REPLACE" | "MERGE";
                    orgUnitIdScheme?: string;
                    preheatCache?: "true" | "false";
                    requireAttributeOptionCombo?: "true" | "false";
                    requireCategoryOptionCombo?: "true" | "false";
                    skipAudit?: "true" | "false";
                    skipCache?: "true" | "false";
                    skipExistingCheck?: "true" | "false";
                    skipLastUpdated?: "true" | "false";
                    skipNotifications?: "true" | "false";
                    strictAttributeOptionCombos?: "true" | "false";
                    strictCategoryOptionCombos?: "true" | "false";
                    strictDataElements?: "true" | "false";
                    strictOrganisationUnits?: "true" | "false";
                    strictPeriods?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributeCategoryOptions?: string[] | null;
                        attributeOptionCombo?: string | null;
                        categoryIdScheme?: string;
                        categoryOptionComboIdScheme?: string;
                        categoryOptionIdScheme?: string;
                        completeDate?: string | null;
                        completedDate?: string | null;
                        dataElementIdScheme?: string;
                        dataSet?: string;
                        dataSetIdScheme?: string;
                        dataValues: {
                            attributeOptionCombo?: string | null;
                            categoryOptionCombo?: string | null;
                            comment?: string | null;
                            created?: string | null;
                            dataElement: string;
                            deleted?: boolean | ("true" | "false");
                            followup?: (boolean | ("true" | "false")) | null;
                            lastUpdated?: string | null;
                            orgUnit?: string;
                            period?: string;
                            storedBy?: string | null;
                            value?: (string | number | boolean) | null;
                        }[];
                        dryRun?: boolean | ("true" | "false");
                        idScheme?: string;
                        /** @enum {string} */
                        importStrategy?: "CREATE_AND_UPDATE" | "CREATE" | "UPDATE" | "DELETE" | "NEW_AND_UPDATES" | "NEW" | "UPDATES";
                        orgUnit?: string;
                        orgUnitIdScheme?: string;
                        period?: string;
                        /** @enum {string} */
                        strategy?: "CREATE_AND_UPDATE" | "CREATE" | "UPDATE" | "DELETE" | "NEW_AND_UPDATES" | "NEW" | "UPDATES";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            httpStatus: string;
                            httpStatusCode: number;
                            message: string;
                            response: {
                                conflicts: {
                                    errorCode: string;
                                    indexes: number[];
                                    object: string;
                                    objects?: {
                                        [key: string]: string;
                                    };
                                    property?: string;
                                    value: string;
                                }[];
                                dataSetComplete: string;
                                description: string;
                                importCount: {
                                    deleted: number;
                                    ignored: number;
                                    imported: number;
                                    updated: number;
                                };
                                importOptions: {
                                    async: boolean;
                                    atomicMode: string;
                                    dryRun: boolean;
                                    force: boolean;
                                    idSchemes: {
                                        [key: string]: string;
                                    };
                                    importStrategy: string;
                                    reportMode: string;
                                    skipAudit: boolean;
                                    strictPeriods: boolean;
                                };
                                rejectedIndexes: number[];
                                /** @enum {string} */
                                responseType: "ImportSummary";
                                /** @enum {string} */
                                status: "SUCCESS" | "WARNING" | "ERROR";
                            };
                            /** @enum {string} */
                            status: "OK" | "WARNING" | "ERROR";
                        } | {
                            httpStatus: string;
                            httpStatusCode: number;
                            message: string;
                            response: {
                                created: string;
                                id: string;
                                jobType: string;
                                name: string;
                                relativeNotifierEndpoint: string;
                            };
                            /** @enum {string} */
                            status: "OK" | "WARNING" | "ERROR";
                        };
                        "application/xml": string;
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            httpStatus: string;
                            httpStatusCode: number;
                            message: string;
                            response: {
                                conflicts: {
                                    errorCode: string;
                                    indexes: number[];
                                    object: string;
                                    objects?: {
                                        [key: string]: string;
                                    };
                                    property?: string;
                                    value: string;
                                }[];
                                dataSetComplete: string;
                                description: string;
                                importCount: {
                                    deleted: number;
                                    ignored: number;
                                    imported: number;
                                    updated: number;
                                };
                                importOptions: {
                                    async: boolean;
                                    atomicMode: string;
                                    dryRun: boolean;
                                    force: boolean;
                                    idSchemes: {
                                        [key: string]: string;
                                    };
                                    importStrategy: string;
                                    reportMode: string;
                                    skipAudit: boolean;
                                    strictPeriods: boolean;
                                };
                                rejectedIndexes: number[];
                                /** @enum {string} */
                                responseType: "ImportSummary";
                                /** @enum {string} */
                                status: "SUCCESS" | "WARNING" | "ERROR";
                            };
                            /** @enum {string} */
                            status: "OK" | "WARNING" | "ERROR";
                        };
                        "application/xml": string;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dhis2/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập metadata DHIS2 / import DHIS2 metadata JSON (dryRun reports without writing) */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        categories?: ({
                            /** @default [] */
                            categoryOptions?: ({
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            code?: string;
                            id: string;
                            name: string;
                            shortName?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @default [] */
                        categoryCombos?: ({
                            /** @default [] */
                            categories?: ({
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            code?: string;
                            id: string;
                            name: string;
                            shortName?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @default [] */
                        categoryOptionCombos?: ({
                            categoryCombo: {
                                id: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @default [] */
                            categoryOptions?: ({
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            code?: string;
                            id: string;
                            name: string;
                            shortName?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @default [] */
                        categoryOptions?: ({
                            code?: string;
                            id: string;
                            name: string;
                            shortName?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @default [] */
                        dataElements?: ({
                            aggregationType?: string;
                            categoryCombo?: {
                                id: string;
                            } & {
                                [key: string]: unknown;
                            };
                            code?: string;
                            domainType?: string;
                            id: string;
                            name: string;
                            shortName?: string;
                            valueType: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @default [] */
                        dataSets?: ({
                            code?: string;
                            /** @default [] */
                            dataSetElements?: ({
                                dataElement: {
                                    id: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            id: string;
                            name: string;
                            /** @default [] */
                            organisationUnits?: ({
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            periodType: string;
                            shortName?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @default [] */
                        organisationUnits?: ({
                            code?: string;
                            id: string;
                            level?: number;
                            name: string;
                            shortName?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @default [] */
                        sections?: ({
                            code?: string;
                            /** @default [] */
                            dataElements?: ({
                                id: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            dataSet: {
                                id: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            name: string;
                            shortName?: string;
                            sortOrder?: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown[] | string | {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                            };
                            document?: {
                                categories: {
                                    active: boolean;
                                    code: string;
                                    dhis2Uid: string | null;
                                    nameEn: string;
                                    nameVi: string;
                                    options: {
                                        active: boolean;
                                        code: string;
                                        dhis2Uid: string | null;
                                        nameEn: string;
                                        nameVi: string;
                                        sortOrder?: number;
                                    }[];
                                    owner?: string | null;
                                }[];
                                categoryCombos: {
                                    active: boolean;
                                    categories: string[];
                                    code: string;
                                    dhis2Uid: string | null;
                                    nameEn: string;
                                    nameVi: string;
                                    optionCombos?: {
                                        active: boolean;
                                        code: string;
                                        dhis2Uid: string | null;
                                        nameEn: string;
                                        nameVi: string;
                                    }[];
                                    owner?: string | null;
                                }[];
                                dataElements: {
                                    active: boolean;
                                    /** @enum {string} */
                                    aggregation: "sum" | "average" | "last";
                                    categoryCombo: string;
                                    code: string;
                                    description: string;
                                    dhis2Uid: string | null;
                                    maxValue: number | null;
                                    minValue: number | null;
                                    nameEn: string;
                                    nameVi: string;
                                    owner?: string | null;
                                    shortName: string;
                                    unit: string;
                                    /** @enum {string} */
                                    valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                                }[];
                                dataSets: {
                                    active: boolean;
                                    /** @enum {string} */
                                    approvalRole: "admin" | "province_officer";
                                    /** @enum {string|null} */
                                    assignLevel: "province" | "district" | "commune" | null;
                                    assignUnits: string[];
                                    assignWithin: string | null;
                                    code: string;
                                    cutoff: string;
                                    deadlineDays: number;
                                    description: string;
                                    dhis2Uid: string | null;
                                    nameEn: string;
                                    nameVi: string;
                                    owner?: string | null;
                                    periodType: string;
                                    sections: {
                                        code: string;
                                        dataElements: string[];
                                        nameEn: string;
                                        nameVi: string;
                                    }[];
                                }[];
                                dhis2Mappings: {
                                    code: string;
                                    dhis2: string;
                                    /** @enum {string} */
                                    kind: "data_element" | "category_option" | "category_option_combo" | "org_unit" | "data_set";
                                }[];
                                exportedAt?: string;
                                validationRules: {
                                    active: boolean;
                                    code: string;
                                    dataSets: string[];
                                    dhis2Uid: string | null;
                                    /** @enum {string} */
                                    importance: "high" | "medium" | "low";
                                    left: string;
                                    messageEn: string;
                                    messageVi: string;
                                    nameEn: string;
                                    nameVi: string;
                                    /** @enum {string} */
                                    operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                                    owner?: string | null;
                                    right: string;
                                }[];
                                /** @enum {number} */
                                version: 1;
                            };
                            dropped: {
                                id: string;
                                kind: string;
                                name?: string;
                                reason: string;
                            }[];
                            dryRun: boolean;
                            unmatchedOrgUnits: {
                                code?: string;
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hàng đợi nghi trùng nhân khẩu / possible duplicate persons */
        get: {
            parameters: {
                query?: {
                    commune?: string;
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "merged" | "not_duplicate";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                a: {
                                    birthDate: string | null;
                                    birthYear: number;
                                    cccdMasked: string | null;
                                    commune: {
                                        code: string;
                                        id: number;
                                        name: string;
                                    };
                                    deletedAt: string | null;
                                    ethnicName: string;
                                    fullName: string;
                                    household: {
                                        code: string;
                                        id: number;
                                    } | null;
                                    id: number;
                                    sex: string;
                                };
                                b: {
                                    birthDate: string | null;
                                    birthYear: number;
                                    cccdMasked: string | null;
                                    commune: {
                                        code: string;
                                        id: number;
                                        name: string;
                                    };
                                    deletedAt: string | null;
                                    ethnicName: string;
                                    fullName: string;
                                    household: {
                                        code: string;
                                        id: number;
                                    } | null;
                                    id: number;
                                    sex: string;
                                };
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                id: number;
                                keptPersonId: number | null;
                                matched: ("cccd" | "name" | "birthDate" | "birthYear" | "sex" | "ethnic" | "household" | "village" | "commune")[];
                                note: string | null;
                                /** @enum {string} */
                                reason: "same_cccd" | "similar_name_birth_year_commune";
                                /** @enum {string} */
                                status: "open" | "merged" | "not_duplicate";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gộp hai hồ sơ / merge the pair */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        keepPersonId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keptPersonId: number;
                            mergedPersonId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/{id}/not-duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận không trùng / mark as not a duplicate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: {
                                birthDate: string | null;
                                birthYear: number;
                                cccdMasked: string | null;
                                commune: {
                                    code: string;
                                    id: number;
                                    name: string;
                                };
                                deletedAt: string | null;
                                ethnicName: string;
                                fullName: string;
                                household: {
                                    code: string;
                                    id: number;
                                } | null;
                                id: number;
                                sex: string;
                            };
                            b: {
                                birthDate: string | null;
                                birthYear: number;
                                cccdMasked: string | null;
                                commune: {
                                    code: string;
                                    id: number;
                                    name: string;
                                };
                                deletedAt: string | null;
                                ethnicName: string;
                                fullName: string;
                                household: {
                                    code: string;
                                    id: number;
                                } | null;
                                id: number;
                                sex: string;
                            };
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            id: number;
                            keptPersonId: number | null;
                            matched: ("cccd" | "name" | "birthDate" | "birthYear" | "sex" | "ethnic" | "household" | "village" | "commune")[];
                            note: string | null;
                            /** @enum {string} */
                            reason: "same_cccd" | "similar_name_birth_year_commune";
                            /** @enum {string} */
                            status: "open" | "merged" | "not_duplicate";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rà soát trùng trong địa bàn / scan the area for duplicates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        communeCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            checked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các trường dùng trong quy tắc xét chọn / fields a rule may test */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                codes: {
                                    code: string;
                                    label: string;
                                }[];
                                key: string;
                                label: string;
                                max: number | null;
                                min: number | null;
                                operators: {
                                    key: string;
                                    label: string;
                                }[];
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem trước số người thỏa quy tắc / preview a rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: string;
                        /** @default 1 */
                        page?: number;
                        /** @default 50 */
                        pageSize?: number;
                        /** @description Cây điều kiện / rule tree: {op:"and"|"or",children:[…]} | {op:"not",child} | {field,operator,value,year?} */
                        tree: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                birthYear: number;
                                commune: {
                                    code: string;
                                    id: number;
                                    name: string;
                                };
                                ethnicName: string;
                                facts: {
                                    condition: string;
                                    met: boolean;
                                    value: string | null;
                                }[];
                                fullName: string;
                                householdCode: string | null;
                                personId: number;
                                sex: string;
                                villageName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quy tắc xét chọn / eligibility rules */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                currentVersion: number;
                                description: string;
                                id: number;
                                name: string;
                                policyId: number | null;
                                programmeNodeId: number | null;
                                unit: {
                                    code: string;
                                    id: number;
                                    name: string;
                                } | null;
                                updatedAt: string;
                                writable: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Lưu quy tắc mới (phiên bản 1) / save a new rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        name: string;
                        note?: string;
                        policyId?: number | null;
                        programmeNodeId?: number | null;
                        /** @description Cây điều kiện / rule tree: {op:"and"|"or",children:[…]} | {op:"not",child} | {field,operator,value,year?} */
                        tree: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentVersion: number;
                            description: string;
                            id: number;
                            name: string;
                            policyId: number | null;
                            programmeNodeId: number | null;
                            tree: unknown;
                            unit: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                            updatedAt: string;
                            versions: {
                                createdAt: string;
                                createdBy: string | null;
                                note: string;
                                tree: unknown;
                                version: number;
                            }[];
                            writable: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một quy tắc và các phiên bản / a rule and its versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentVersion: number;
                            description: string;
                            id: number;
                            name: string;
                            policyId: number | null;
                            programmeNodeId: number | null;
                            tree: unknown;
                            unit: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                            updatedAt: string;
                            versions: {
                                createdAt: string;
                                createdBy: string | null;
                                note: string;
                                tree: unknown;
                                version: number;
                            }[];
                            writable: boolean;
                        };
                    };
                };
            };
        };
        /** Sửa quy tắc (tạo phiên bản mới) / change a rule (new version) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        name: string;
                        note?: string;
                        policyId?: number | null;
                        programmeNodeId?: number | null;
                        /** @description Cây điều kiện / rule tree: {op:"and"|"or",children:[…]} | {op:"not",child} | {field,operator,value,year?} */
                        tree: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentVersion: number;
                            description: string;
                            id: number;
                            name: string;
                            policyId: number | null;
                            programmeNodeId: number | null;
                            tree: unknown;
                            unit: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                            updatedAt: string;
                            versions: {
                                createdAt: string;
                                createdBy: string | null;
                                note: string;
                                tree: unknown;
                                version: number;
                            }[];
                            writable: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/eligibility/rules/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chạy quy tắc và chốt danh sách thụ hưởng / run a rule and freeze a list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: string;
                        name?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOfDate: string;
                            createdAt: string;
                            diff: {
                                added: {
                                    fullName: string;
                                    personId: number;
                                    reasons: {
                                        /** @enum {string} */
                                        kind: "condition" | "entered" | "left" | "rule_changed";
                                        text: string;
                                    }[];
                                }[];
                                previousDate: string;
                                previousListId: number;
                                removed: {
                                    fullName: string;
                                    personId: number;
                                    reasons: {
                                        /** @enum {string} */
                                        kind: "condition" | "entered" | "left" | "rule_changed";
                                        text: string;
                                    }[];
                                }[];
                            } | null;
                            id: number;
                            name: string;
                            personCount: number;
                            ruleId: number | null;
                            ruleVersion: number | null;
                            /** @enum {string} */
                            source: "rule" | "prestigious";
                            unit: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethnic-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục 54 dân tộc */
        get: {
            parameters: {
                query?: {
                    minority?: "true" | "false";
                    q?: string;
                    sort?: "code" | "name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                isMinority: boolean;
                                languageGroup: string;
                                name: string;
                                otherNames: string[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethnic-groups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            isMinority: boolean;
                            languageGroup: string;
                            name: string;
                            otherNames: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            engine: string;
                            /** @enum {string} */
                            status: "ok";
                            units: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hộ / households */
        get: {
            parameters: {
                query?: {
                    commune?: string;
                    date?: string;
                    deleted?: "true" | "false";
                    ethnic?: string;
                    housing?: "solid" | "semi_solid" | "makeshift";
                    internet?: "fixed" | "mobile" | "none";
                    page?: number;
                    pageSize?: number;
                    poverty?: "poor" | "near_poor" | "not_poor";
                    q?: string;
                    village?: number;
                    water?: "piped" | "drilled_well" | "dug_well" | "spring" | "rainwater" | "surface" | "bought" | "other";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                code: string;
                                commune: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    name: string;
                                };
                                deletedAt: string | null;
                                head: {
                                    birthYear: number;
                                    ethnicCode: string;
                                    fullName: string;
                                    id: number;
                                    sex: string;
                                } | null;
                                housing: string | null;
                                id: number;
                                internetAccess: string | null;
                                isDemo: boolean;
                                memberCount: number;
                                poverty: {
                                    status: string;
                                    year: number;
                                } | null;
                                validFrom: string;
                                validTo: string | null;
                                village: {
                                    code: string;
                                    id: number;
                                    name: string;
                                } | null;
                                waterSource: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm hộ / add a household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        code: string;
                        communeCode?: string;
                        communeId?: number;
                        computers?: number | null;
                        /** @enum {string|null} */
                        electricity?: "grid" | "off_grid" | "none" | null;
                        /** @enum {string|null} */
                        housing?: "solid" | "semi_solid" | "makeshift" | null;
                        /** @enum {string|null} */
                        incomeBand?: "below_1500" | "1500_2000" | "2000_4000" | "above_4000" | null;
                        /** @enum {string|null} */
                        internetAccess?: "fixed" | "mobile" | "none" | null;
                        /** @enum {string|null} */
                        mainLivelihood?: "crops" | "livestock" | "forestry" | "aquaculture" | "wage" | "trade_services" | "handicraft" | "pension_allowance" | "other" | null;
                        members?: {
                            birthDate?: string | null;
                            birthYear?: number;
                            cccd?: string | null;
                            /** @enum {string|null} */
                            disability?: "none" | "mild" | "severe" | "very_severe" | null;
                            /** @enum {string|null} */
                            educationLevel?: "none" | "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate" | null;
                            ethnicCode: string;
                            fullName: string;
                            healthInsurance?: boolean | null;
                            literate?: boolean | null;
                            /** @enum {string|null} */
                            maritalStatus?: "single" | "married" | "widowed" | "divorced" | "separated" | null;
                            occupation?: string | null;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                            /** @enum {string|null} */
                            religion?: "none" | "buddhism" | "catholicism" | "protestantism" | "caodaism" | "hoa_hao" | "islam" | "other" | null;
                            /** @enum {string|null} */
                            schoolEnrolment?: "enrolled" | "dropped_out" | "never" | "finished" | "not_school_age" | null;
                            /** @enum {string} */
                            sex: "male" | "female";
                            speaksVietnamese?: boolean | null;
                        }[];
                        phone?: string | null;
                        poverty?: {
                            deprivations?: ("employment" | "dependants" | "nutrition" | "health_insurance" | "adult_education" | "school_attendance" | "housing_quality" | "housing_area" | "domestic_water" | "toilet" | "telecom" | "information_access")[];
                            incomePerCapita?: number | null;
                            standard?: string;
                            /** @enum {string} */
                            status: "poor" | "near_poor" | "not_poor";
                            year: number;
                        }[];
                        productionLandM2?: number | null;
                        residentialLandM2?: number | null;
                        smartphones?: number | null;
                        /** @enum {string|null} */
                        toiletType?: "septic" | "semi_septic" | "double_vault" | "ventilated_pit" | "unhygienic" | "none" | null;
                        validFrom?: string;
                        villageId?: number | null;
                        /** @enum {string|null} */
                        waterSource?: "piped" | "drilled_well" | "dug_well" | "spring" | "rainwater" | "surface" | "bought" | "other" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            canEdit: boolean;
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                            };
                            communes: {
                                code: string;
                                fullName: string;
                                id: number;
                            }[];
                            computers: number | null;
                            date: string;
                            deletedAt: string | null;
                            deletedReason: string | null;
                            electricity: string | null;
                            endReason: string | null;
                            events: {
                                createdAt: string;
                                date: string;
                                details: unknown;
                                fromCommuneId: number | null;
                                householdId: number | null;
                                id: number;
                                personId: number | null;
                                relatedHouseholdId: number | null;
                                toCommuneId: number | null;
                                type: string;
                            }[];
                            existsOnDate: boolean;
                            head: {
                                birthYear: number;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                sex: string;
                            } | null;
                            housing: string | null;
                            id: number;
                            incomeBand: string | null;
                            internetAccess: string | null;
                            isDemo: boolean;
                            mainLivelihood: string | null;
                            memberCount: number;
                            members: {
                                birthDate: string | null;
                                birthYear: number;
                                deathDate: string | null;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                relationship: string;
                                sex: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            phone: string | null;
                            poverty: {
                                status: string;
                                year: number;
                            } | null;
                            povertyHistory: {
                                deprivations: string[];
                                incomePerCapita: number | null;
                                standard: string;
                                status: string;
                                year: number;
                            }[];
                            productionLandM2: number | null;
                            residentialLandM2: number | null;
                            smartphones: number | null;
                            timeline: {
                                changedAt: string;
                                changedBy: string | null;
                                effectiveDate: string;
                                entity: string;
                                entityId: number;
                                eventId: number | null;
                                field: string;
                                id: number;
                                newValue: unknown;
                                oldValue: unknown;
                            }[];
                            toiletType: string | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            village: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                            villages: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            waterSource: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hộ vào một ngày / one household as of a date */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            canEdit: boolean;
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                            };
                            communes: {
                                code: string;
                                fullName: string;
                                id: number;
                            }[];
                            computers: number | null;
                            date: string;
                            deletedAt: string | null;
                            deletedReason: string | null;
                            electricity: string | null;
                            endReason: string | null;
                            events: {
                                createdAt: string;
                                date: string;
                                details: unknown;
                                fromCommuneId: number | null;
                                householdId: number | null;
                                id: number;
                                personId: number | null;
                                relatedHouseholdId: number | null;
                                toCommuneId: number | null;
                                type: string;
                            }[];
                            existsOnDate: boolean;
                            head: {
                                birthYear: number;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                sex: string;
                            } | null;
                            housing: string | null;
                            id: number;
                            incomeBand: string | null;
                            internetAccess: string | null;
                            isDemo: boolean;
                            mainLivelihood: string | null;
                            memberCount: number;
                            members: {
                                birthDate: string | null;
                                birthYear: number;
                                deathDate: string | null;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                relationship: string;
                                sex: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            phone: string | null;
                            poverty: {
                                status: string;
                                year: number;
                            } | null;
                            povertyHistory: {
                                deprivations: string[];
                                incomePerCapita: number | null;
                                standard: string;
                                status: string;
                                year: number;
                            }[];
                            productionLandM2: number | null;
                            residentialLandM2: number | null;
                            smartphones: number | null;
                            timeline: {
                                changedAt: string;
                                changedBy: string | null;
                                effectiveDate: string;
                                entity: string;
                                entityId: number;
                                eventId: number | null;
                                field: string;
                                id: number;
                                newValue: unknown;
                                oldValue: unknown;
                            }[];
                            toiletType: string | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            village: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                            villages: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            waterSource: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xóa (mềm) hộ / delete a household */
        delete: {
            parameters: {
                query?: {
                    reason?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa hộ / change a household */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        code?: string;
                        computers?: number | null;
                        effectiveDate?: string;
                        /** @enum {string|null} */
                        electricity?: "grid" | "off_grid" | "none" | null;
                        /** @enum {string|null} */
                        housing?: "solid" | "semi_solid" | "makeshift" | null;
                        /** @enum {string|null} */
                        incomeBand?: "below_1500" | "1500_2000" | "2000_4000" | "above_4000" | null;
                        /** @enum {string|null} */
                        internetAccess?: "fixed" | "mobile" | "none" | null;
                        /** @enum {string|null} */
                        mainLivelihood?: "crops" | "livestock" | "forestry" | "aquaculture" | "wage" | "trade_services" | "handicraft" | "pension_allowance" | "other" | null;
                        phone?: string | null;
                        productionLandM2?: number | null;
                        residentialLandM2?: number | null;
                        smartphones?: number | null;
                        /** @enum {string|null} */
                        toiletType?: "septic" | "semi_septic" | "double_vault" | "ventilated_pit" | "unhygienic" | "none" | null;
                        version: number;
                        villageId?: number | null;
                        /** @enum {string|null} */
                        waterSource?: "piped" | "drilled_well" | "dug_well" | "spring" | "rainwater" | "surface" | "bought" | "other" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            canEdit: boolean;
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                            };
                            communes: {
                                code: string;
                                fullName: string;
                                id: number;
                            }[];
                            computers: number | null;
                            date: string;
                            deletedAt: string | null;
                            deletedReason: string | null;
                            electricity: string | null;
                            endReason: string | null;
                            events: {
                                createdAt: string;
                                date: string;
                                details: unknown;
                                fromCommuneId: number | null;
                                householdId: number | null;
                                id: number;
                                personId: number | null;
                                relatedHouseholdId: number | null;
                                toCommuneId: number | null;
                                type: string;
                            }[];
                            existsOnDate: boolean;
                            head: {
                                birthYear: number;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                sex: string;
                            } | null;
                            housing: string | null;
                            id: number;
                            incomeBand: string | null;
                            internetAccess: string | null;
                            isDemo: boolean;
                            mainLivelihood: string | null;
                            memberCount: number;
                            members: {
                                birthDate: string | null;
                                birthYear: number;
                                deathDate: string | null;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                relationship: string;
                                sex: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            phone: string | null;
                            poverty: {
                                status: string;
                                year: number;
                            } | null;
                            povertyHistory: {
                                deprivations: string[];
                                incomePerCapita: number | null;
                                standard: string;
                                status: string;
                                year: number;
                            }[];
                            productionLandM2: number | null;
                            residentialLandM2: number | null;
                            smartphones: number | null;
                            timeline: {
                                changedAt: string;
                                changedBy: string | null;
                                effectiveDate: string;
                                entity: string;
                                entityId: number;
                                eventId: number | null;
                                field: string;
                                id: number;
                                newValue: unknown;
                                oldValue: unknown;
                            }[];
                            toiletType: string | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            village: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                            villages: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            waterSource: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/households/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi sự kiện hộ / record a life event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmDuplicate?: boolean;
                        date: string;
                        note?: string;
                        person: {
                            birthDate?: string | null;
                            cccd?: string | null;
                            /** @enum {string|null} */
                            disability?: "none" | "mild" | "severe" | "very_severe" | null;
                            /** @enum {string|null} */
                            educationLevel?: "none" | "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate" | null;
                            ethnicCode: string;
                            fullName: string;
                            healthInsurance?: boolean | null;
                            literate?: boolean | null;
                            /** @enum {string|null} */
                            maritalStatus?: "single" | "married" | "widowed" | "divorced" | "separated" | null;
                            occupation?: string | null;
                            /** @enum {string|null} */
                            religion?: "none" | "buddhism" | "catholicism" | "protestantism" | "caodaism" | "hoa_hao" | "islam" | "other" | null;
                            /** @enum {string|null} */
                            schoolEnrolment?: "enrolled" | "dropped_out" | "never" | "finished" | "not_school_age" | null;
                            /** @enum {string} */
                            sex: "male" | "female";
                            speaksVietnamese?: boolean | null;
                        };
                        /**
                         * @default child
                         * @enum {string}
                         */
                        relationship?: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        /** @enum {string} */
                        type: "birth";
                    } | {
                        date: string;
                        newHeadPersonId?: number;
                        note?: string;
                        personId: number;
                        relationships?: {
                            personId: number;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        }[];
                        /** @enum {string} */
                        type: "death";
                    } | {
                        date: string;
                        newHeadPersonId?: number;
                        newHousehold?: {
                            address?: string;
                            code: string;
                            headPersonId?: number;
                            villageId?: number | null;
                        };
                        note?: string;
                        personIds?: number[];
                        relationships?: {
                            personId: number;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        }[];
                        toCommuneCode?: string;
                        toHouseholdId?: number;
                        toPlace?: string;
                        /** @enum {string} */
                        type: "move_out";
                    } | {
                        date: string;
                        fromCommuneCode?: string;
                        fromPlace?: string;
                        members?: {
                            birthDate?: string | null;
                            birthYear?: number;
                            cccd?: string | null;
                            /** @enum {string|null} */
                            disability?: "none" | "mild" | "severe" | "very_severe" | null;
                            /** @enum {string|null} */
                            educationLevel?: "none" | "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate" | null;
                            ethnicCode: string;
                            fullName: string;
                            healthInsurance?: boolean | null;
                            literate?: boolean | null;
                            /** @enum {string|null} */
                            maritalStatus?: "single" | "married" | "widowed" | "divorced" | "separated" | null;
                            occupation?: string | null;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                            /** @enum {string|null} */
                            religion?: "none" | "buddhism" | "catholicism" | "protestantism" | "caodaism" | "hoa_hao" | "islam" | "other" | null;
                            /** @enum {string|null} */
                            schoolEnrolment?: "enrolled" | "dropped_out" | "never" | "finished" | "not_school_age" | null;
                            /** @enum {string} */
                            sex: "male" | "female";
                            speaksVietnamese?: boolean | null;
                        }[];
                        note?: string;
                        persons?: {
                            personId: number;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        }[];
                        /** @enum {string} */
                        type: "move_in";
                    } | {
                        date: string;
                        members: {
                            personId: number;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        }[];
                        newHeadPersonId?: number;
                        newHousehold: {
                            address?: string;
                            code: string;
                            villageId?: number | null;
                        };
                        note?: string;
                        relationships?: {
                            personId: number;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        }[];
                        /** @enum {string} */
                        type: "split";
                    } | {
                        date: string;
                        intoHouseholdId: number;
                        note?: string;
                        relationships?: {
                            personId: number;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        }[];
                        /** @enum {string} */
                        type: "merge";
                    } | {
                        date: string;
                        note?: string;
                        personId: number;
                        relationships?: {
                            personId: number;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        }[];
                        /** @enum {string} */
                        type: "change_head";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: number;
                            householdId: number;
                            personId: number | null;
                            relatedHouseholdId: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/poverty/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Phân loại nghèo theo năm / poverty classification of a year */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        deprivations?: ("employment" | "dependants" | "nutrition" | "health_insurance" | "adult_education" | "school_attendance" | "housing_quality" | "housing_area" | "domestic_water" | "toilet" | "telecom" | "information_access")[];
                        effectiveDate?: string;
                        incomePerCapita?: number | null;
                        standard?: string;
                        /** @enum {string} */
                        status: "poor" | "near_poor" | "not_poor";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            canEdit: boolean;
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                            };
                            communes: {
                                code: string;
                                fullName: string;
                                id: number;
                            }[];
                            computers: number | null;
                            date: string;
                            deletedAt: string | null;
                            deletedReason: string | null;
                            electricity: string | null;
                            endReason: string | null;
                            events: {
                                createdAt: string;
                                date: string;
                                details: unknown;
                                fromCommuneId: number | null;
                                householdId: number | null;
                                id: number;
                                personId: number | null;
                                relatedHouseholdId: number | null;
                                toCommuneId: number | null;
                                type: string;
                            }[];
                            existsOnDate: boolean;
                            head: {
                                birthYear: number;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                sex: string;
                            } | null;
                            housing: string | null;
                            id: number;
                            incomeBand: string | null;
                            internetAccess: string | null;
                            isDemo: boolean;
                            mainLivelihood: string | null;
                            memberCount: number;
                            members: {
                                birthDate: string | null;
                                birthYear: number;
                                deathDate: string | null;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                relationship: string;
                                sex: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            phone: string | null;
                            poverty: {
                                status: string;
                                year: number;
                            } | null;
                            povertyHistory: {
                                deprivations: string[];
                                incomePerCapita: number | null;
                                standard: string;
                                status: string;
                                year: number;
                            }[];
                            productionLandM2: number | null;
                            residentialLandM2: number | null;
                            smartphones: number | null;
                            timeline: {
                                changedAt: string;
                                changedBy: string | null;
                                effectiveDate: string;
                                entity: string;
                                entityId: number;
                                eventId: number | null;
                                field: string;
                                id: number;
                                newValue: unknown;
                                oldValue: unknown;
                            }[];
                            toiletType: string | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            village: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                            villages: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            waterSource: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục hộ / restore a household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            canEdit: boolean;
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                            };
                            communes: {
                                code: string;
                                fullName: string;
                                id: number;
                            }[];
                            computers: number | null;
                            date: string;
                            deletedAt: string | null;
                            deletedReason: string | null;
                            electricity: string | null;
                            endReason: string | null;
                            events: {
                                createdAt: string;
                                date: string;
                                details: unknown;
                                fromCommuneId: number | null;
                                householdId: number | null;
                                id: number;
                                personId: number | null;
                                relatedHouseholdId: number | null;
                                toCommuneId: number | null;
                                type: string;
                            }[];
                            existsOnDate: boolean;
                            head: {
                                birthYear: number;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                sex: string;
                            } | null;
                            housing: string | null;
                            id: number;
                            incomeBand: string | null;
                            internetAccess: string | null;
                            isDemo: boolean;
                            mainLivelihood: string | null;
                            memberCount: number;
                            members: {
                                birthDate: string | null;
                                birthYear: number;
                                deathDate: string | null;
                                ethnicCode: string;
                                fullName: string;
                                id: number;
                                relationship: string;
                                sex: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            phone: string | null;
                            poverty: {
                                status: string;
                                year: number;
                            } | null;
                            povertyHistory: {
                                deprivations: string[];
                                incomePerCapita: number | null;
                                standard: string;
                                status: string;
                                year: number;
                            }[];
                            productionLandM2: number | null;
                            residentialLandM2: number | null;
                            smartphones: number | null;
                            timeline: {
                                changedAt: string;
                                changedBy: string | null;
                                effectiveDate: string;
                                entity: string;
                                entityId: number;
                                eventId: number | null;
                                field: string;
                                id: number;
                                newValue: unknown;
                                oldValue: unknown;
                            }[];
                            toiletType: string | null;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                            village: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                            villages: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            waterSource: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách hộ (ghi nhật ký) / export households (logged) */
        get: {
            parameters: {
                query?: {
                    columns?: string;
                    commune?: string;
                    date?: string;
                    deleted?: "true" | "false";
                    ethnic?: string;
                    format?: "xlsx" | "csv";
                    housing?: "solid" | "semi_solid" | "makeshift";
                    internet?: "fixed" | "mobile" | "none";
                    poverty?: "poor" | "near_poor" | "not_poor";
                    purpose?: string;
                    q?: string;
                    village?: number;
                    water?: "piped" | "drilled_well" | "dug_well" | "spring" | "rainwater" | "surface" | "bought" | "other";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp XLSX hoặc CSV (UTF-8 có BOM) / the XLSX or CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thư viện văn bản chính sách / policy library */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    type?: "luat" | "nghi_dinh" | "quyet_dinh" | "thong_tu" | "nghi_quyet" | "cong_van" | "khac";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                canEdit: boolean;
                                /** @enum {string} */
                                docType: "luat" | "nghi_dinh" | "quyet_dinh" | "thong_tu" | "nghi_quyet" | "cong_van" | "khac";
                                docTypeName: string;
                                effectiveFrom: string | null;
                                expiresOn: string | null;
                                file: {
                                    name: string;
                                    type: string;
                                } | null;
                                id: number;
                                isPublic: boolean;
                                issuer: string;
                                links: {
                                    /** @enum {string} */
                                    direction: "out" | "in";
                                    effectiveOn: string | null;
                                    id: number;
                                    /** @enum {string} */
                                    kind: "amends" | "replaces" | "guides";
                                    note: string;
                                    otherId: number;
                                    otherNumber: string;
                                    otherTitle: string;
                                }[];
                                number: string;
                                ownerUnitId: number | null;
                                policies: {
                                    areas: {
                                        code: string;
                                        level: string;
                                        name: string;
                                    }[];
                                    benefits: string;
                                    id: number;
                                    name: string;
                                    targetGroups: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                signedOn: string | null;
                                /** @enum {string} */
                                status: "not_yet" | "in_force" | "amended" | "replaced" | "expired";
                                statusDate: string;
                                summary: string;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm văn bản / add a document */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        docType: "luat" | "nghi_dinh" | "quyet_dinh" | "thong_tu" | "nghi_quyet" | "cong_van" | "khac";
                        effectiveFrom?: string | null;
                        expiresOn?: string | null;
                        isPublic?: boolean;
                        issuer: string;
                        number: string;
                        signedOn?: string | null;
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một văn bản / one document */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            /** @enum {string} */
                            docType: "luat" | "nghi_dinh" | "quyet_dinh" | "thong_tu" | "nghi_quyet" | "cong_van" | "khac";
                            docTypeName: string;
                            effectiveFrom: string | null;
                            expiresOn: string | null;
                            file: {
                                name: string;
                                type: string;
                            } | null;
                            id: number;
                            isPublic: boolean;
                            issuer: string;
                            links: {
                                /** @enum {string} */
                                direction: "out" | "in";
                                effectiveOn: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "amends" | "replaces" | "guides";
                                note: string;
                                otherId: number;
                                otherNumber: string;
                                otherTitle: string;
                            }[];
                            number: string;
                            ownerUnitId: number | null;
                            policies: {
                                areas: {
                                    code: string;
                                    level: string;
                                    name: string;
                                }[];
                                benefits: string;
                                id: number;
                                name: string;
                                targetGroups: string;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            signedOn: string | null;
                            /** @enum {string} */
                            status: "not_yet" | "in_force" | "amended" | "replaced" | "expired";
                            statusDate: string;
                            summary: string;
                            title: string;
                        };
                    };
                };
            };
        };
        /** Sửa văn bản / change a document */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        docType: "luat" | "nghi_dinh" | "quyet_dinh" | "thong_tu" | "nghi_quyet" | "cong_van" | "khac";
                        effectiveFrom?: string | null;
                        expiresOn?: string | null;
                        isPublic?: boolean;
                        issuer: string;
                        number: string;
                        signedOn?: string | null;
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp văn bản / download the file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        /** Đính kèm tệp văn bản / attach the file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description PDF, Word hoặc ảnh / PDF, Word or image
                         */
                        file: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-documents/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Liên kết văn bản (sửa đổi, thay thế, hướng dẫn) / link documents */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveOn?: string | null;
                        /** @enum {string} */
                        kind: "amends" | "replaces" | "guides";
                        note?: string;
                        toId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-documents/{id}/links/{sub}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Bỏ liên kết / remove a link */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    sub: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-documents/{id}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm chính sách của văn bản / add a policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCodes?: string[];
                        areaDate?: string;
                        benefits?: string;
                        name: string;
                        targetGroups?: string;
                        validFrom?: string | null;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-documents/{id}/policies/{sub}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa chính sách / remove a policy */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    sub: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maps/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu sổ hộ theo đơn vị cho bản đồ / register measures by unit for maps
         * @description persons, households, minorityPersons, poorHouseholds (poverty of `year`) or povertyRate (% of households) for each unit of `level` below `parent` on `date`, with a point to draw a bubble at. Only units in the caller’s reach are returned.
         */
        get: {
            parameters: {
                query: {
                    date?: string;
                    level?: "province" | "district" | "commune";
                    measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                    parent?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                code: string;
                                denominator: number | null;
                                hasChildren: boolean;
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                name: string;
                                numerator: number | null;
                                point: (number)[] | null;
                                type: string;
                                value: number | null;
                            }[];
                            /** @enum {string} */
                            level: "province" | "district" | "commune";
                            levels: ("province" | "district" | "commune")[];
                            /** @enum {string} */
                            measure: "persons" | "households" | "minorityPersons" | "poorHouseholds" | "povertyRate";
                            parent: {
                                code: string;
                                /** @enum {string} */
                                level: "province" | "district" | "commune";
                                name: string;
                                type: string;
                            } | null;
                            /** @enum {string} */
                            unit: "count" | "percent";
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng quan / what needs attention in my area */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            headline: {
                                households: number;
                                minorityPersons: number;
                                minorityShare: number | null;
                                persons: number;
                                poorHouseholds: number;
                                povertyRate: number | null;
                                year: number;
                            };
                            register: {
                                households: number;
                                isDemo: boolean;
                                openDuplicates: number;
                                persons: number;
                            };
                            reports: {
                                current: {
                                    deadline: string;
                                    end: string;
                                    id: string;
                                    name: string;
                                    start: string;
                                } | null;
                                dataSet: {
                                    code: string;
                                    name: string;
                                    nameEn: string | null;
                                    periodType: string;
                                };
                                due: {
                                    period: {
                                        deadline: string;
                                        end: string;
                                        id: string;
                                        name: string;
                                        start: string;
                                    };
                                    totals: {
                                        approved: number;
                                        completeness: number | null;
                                        expected: number;
                                        late: number;
                                        missing: number;
                                        notDue: number;
                                        onTime: number;
                                        reported: number;
                                        returned: number;
                                        timeliness: number | null;
                                    };
                                    unit: {
                                        code: string;
                                        decidedAt: string | null;
                                        name: string;
                                        returnComment: string | null;
                                        started: boolean;
                                        status: string;
                                        timeliness: string;
                                    } | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách nhân khẩu / persons */
        get: {
            parameters: {
                query?: {
                    commune?: string;
                    date?: string;
                    ethnic?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sex?: "male" | "female";
                    status?: "current" | "former" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                birthDate: string | null;
                                birthYear: number;
                                cccdMasked: string | null;
                                commune: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    name: string;
                                };
                                deathDate: string | null;
                                ethnicCode: string;
                                ethnicName: string;
                                fullName: string;
                                household: {
                                    code: string;
                                    id: number;
                                    relationship: string;
                                } | null;
                                id: number;
                                isDemo: boolean;
                                sex: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm nhân khẩu vào hộ / add a person to a household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: string | null;
                        birthYear?: number;
                        cccd?: string | null;
                        /** @enum {string|null} */
                        disability?: "none" | "mild" | "severe" | "very_severe" | null;
                        /** @enum {string|null} */
                        educationLevel?: "none" | "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate" | null;
                        ethnicCode: string;
                        fullName: string;
                        healthInsurance?: boolean | null;
                        household: {
                            from?: string;
                            id: number;
                            /** @enum {string} */
                            relationship: "head" | "wife" | "husband" | "child" | "child_in_law" | "grandchild" | "father" | "mother" | "grandparent" | "sibling" | "other";
                        };
                        literate?: boolean | null;
                        /** @enum {string|null} */
                        maritalStatus?: "single" | "married" | "widowed" | "divorced" | "separated" | null;
                        occupation?: string | null;
                        /** @enum {string|null} */
                        religion?: "none" | "buddhism" | "catholicism" | "protestantism" | "caodaism" | "hoa_hao" | "islam" | "other" | null;
                        /** @enum {string|null} */
                        schoolEnrolment?: "enrolled" | "dropped_out" | "never" | "finished" | "not_school_age" | null;
                        /** @enum {string} */
                        sex: "male" | "female";
                        speaksVietnamese?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ nhân khẩu (ghi nhật ký truy cập) / a person record (access logged) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    purpose?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string | null;
                            birthYear: number;
                            canEdit: boolean;
                            cccd: string | null;
                            cccdMasked: string | null;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                            };
                            date: string;
                            deathDate: string | null;
                            deletedAt: string | null;
                            deletedReason: string | null;
                            disability: string | null;
                            educationLevel: string | null;
                            ethnicCode: string;
                            ethnicName: string;
                            events: {
                                createdAt: string;
                                date: string;
                                details: unknown;
                                fromCommuneId: number | null;
                                householdId: number | null;
                                id: number;
                                personId: number | null;
                                relatedHouseholdId: number | null;
                                toCommuneId: number | null;
                                type: string;
                            }[];
                            fullName: string;
                            healthInsurance: boolean | null;
                            household: {
                                code: string;
                                id: number;
                                relationship: string;
                            } | null;
                            id: number;
                            isDemo: boolean;
                            literate: boolean | null;
                            maritalStatus: string | null;
                            memberships: {
                                householdCode: string;
                                householdId: number;
                                relationship: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            occupation: string | null;
                            religion: string | null;
                            schoolEnrolment: string | null;
                            sex: string;
                            speaksVietnamese: boolean | null;
                            timeline: {
                                changedAt: string;
                                changedBy: string | null;
                                effectiveDate: string;
                                entity: string;
                                entityId: number;
                                eventId: number | null;
                                field: string;
                                id: number;
                                newValue: unknown;
                                oldValue: unknown;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xóa (mềm) nhân khẩu / delete a person */
        delete: {
            parameters: {
                query?: {
                    reason?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa nhân khẩu / change a person */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: string | null;
                        birthYear?: number;
                        cccd?: string | null;
                        /** @enum {string|null} */
                        disability?: "none" | "mild" | "severe" | "very_severe" | null;
                        /** @enum {string|null} */
                        educationLevel?: "none" | "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "college" | "university" | "postgraduate" | null;
                        effectiveDate?: string;
                        ethnicCode?: string;
                        fullName?: string;
                        healthInsurance?: boolean | null;
                        literate?: boolean | null;
                        /** @enum {string|null} */
                        maritalStatus?: "single" | "married" | "widowed" | "divorced" | "separated" | null;
                        occupation?: string | null;
                        /** @enum {string|null} */
                        religion?: "none" | "buddhism" | "catholicism" | "protestantism" | "caodaism" | "hoa_hao" | "islam" | "other" | null;
                        /** @enum {string|null} */
                        schoolEnrolment?: "enrolled" | "dropped_out" | "never" | "finished" | "not_school_age" | null;
                        /** @enum {string} */
                        sex?: "male" | "female";
                        speaksVietnamese?: boolean | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/persons/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục nhân khẩu / restore a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách nhân khẩu (ghi nhật ký) / export persons (logged) */
        get: {
            parameters: {
                query?: {
                    columns?: string;
                    commune?: string;
                    date?: string;
                    ethnic?: string;
                    format?: "xlsx" | "csv";
                    purpose?: string;
                    q?: string;
                    sex?: "male" | "female";
                    status?: "current" | "former" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp XLSX hoặc CSV (UTF-8 có BOM) / the XLSX or CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chính sách trong phạm vi để chọn / policies of the area, for pickers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                documentId: number;
                                documentNumber: string;
                                id: number;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prestigious-persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người có uy tín / prestigious persons */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    q?: string;
                    villageId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                activities: number;
                                commune: {
                                    code: string;
                                    id: number;
                                    name: string;
                                };
                                decisionDate: string;
                                decisionNumber: string;
                                endReason: string | null;
                                ethnic: {
                                    code: string;
                                    name: string;
                                };
                                fullName: string;
                                id: number;
                                personId: number;
                                /** @enum {string} */
                                status: "active" | "ended";
                                termFrom: string;
                                termTo: string | null;
                                village: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Công nhận người có uy tín / recognise a prestigious person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionDate: string;
                        decisionNumber: string;
                        personId: number;
                        termFrom: string;
                        termTo?: string | null;
                        villageId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: number;
                            commune: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            decisionDate: string;
                            decisionNumber: string;
                            endReason: string | null;
                            ethnic: {
                                code: string;
                                name: string;
                            };
                            fullName: string;
                            id: number;
                            personId: number;
                            /** @enum {string} */
                            status: "active" | "ended";
                            termFrom: string;
                            termTo: string | null;
                            village: {
                                id: number;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prestigious-persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một người có uy tín và nhật ký hoạt động / one prestigious person and log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: number;
                            commune: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            decisionDate: string;
                            decisionNumber: string;
                            endReason: string | null;
                            ethnic: {
                                code: string;
                                name: string;
                            };
                            fullName: string;
                            history: {
                                /** @enum {string} */
                                action: "edit" | "end";
                                after: {
                                    decisionDate: string;
                                    decisionNumber: string;
                                    /** @enum {string} */
                                    status: "active" | "ended";
                                    termFrom: string;
                                    termTo: string | null;
                                };
                                before: {
                                    decisionDate: string;
                                    decisionNumber: string;
                                    /** @enum {string} */
                                    status: "active" | "ended";
                                    termFrom: string;
                                    termTo: string | null;
                                };
                                changedAt: string;
                                changedBy: string | null;
                                id: number;
                                reason: string;
                            }[];
                            id: number;
                            log: {
                                activityDate: string;
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "dispute_mediated" | "meeting" | "information" | "other";
                                participants: number | null;
                            }[];
                            personId: number;
                            /** @enum {string} */
                            status: "active" | "ended";
                            termFrom: string;
                            termTo: string | null;
                            village: {
                                id: number;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prestigious-persons/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhật ký hoạt động / log an activity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activityDate: string;
                        description: string;
                        /** @enum {string} */
                        kind: "dispute_mediated" | "meeting" | "information" | "other";
                        participants?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activityDate: string;
                            createdAt: string;
                            description: string;
                            id: number;
                            /** @enum {string} */
                            kind: "dispute_mediated" | "meeting" | "information" | "other";
                            participants: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prestigious-persons/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc nhiệm kỳ (ngày, lý do) / end a term (date, reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endDate: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: number;
                            commune: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            decisionDate: string;
                            decisionNumber: string;
                            endReason: string | null;
                            ethnic: {
                                code: string;
                                name: string;
                            };
                            fullName: string;
                            history: {
                                /** @enum {string} */
                                action: "edit" | "end";
                                after: {
                                    decisionDate: string;
                                    decisionNumber: string;
                                    /** @enum {string} */
                                    status: "active" | "ended";
                                    termFrom: string;
                                    termTo: string | null;
                                };
                                before: {
                                    decisionDate: string;
                                    decisionNumber: string;
                                    /** @enum {string} */
                                    status: "active" | "ended";
                                    termFrom: string;
                                    termTo: string | null;
                                };
                                changedAt: string;
                                changedBy: string | null;
                                id: number;
                                reason: string;
                            }[];
                            id: number;
                            log: {
                                activityDate: string;
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "dispute_mediated" | "meeting" | "information" | "other";
                                participants: number | null;
                            }[];
                            personId: number;
                            /** @enum {string} */
                            status: "active" | "ended";
                            termFrom: string;
                            termTo: string | null;
                            village: {
                                id: number;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prestigious-persons/{id}/term": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa nhiệm kỳ (có lý do, giữ lịch sử) / change a term (with a reason, history kept) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionDate: string;
                        decisionNumber: string;
                        reason: string;
                        termFrom: string;
                        termTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: number;
                            commune: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            decisionDate: string;
                            decisionNumber: string;
                            endReason: string | null;
                            ethnic: {
                                code: string;
                                name: string;
                            };
                            fullName: string;
                            history: {
                                /** @enum {string} */
                                action: "edit" | "end";
                                after: {
                                    decisionDate: string;
                                    decisionNumber: string;
                                    /** @enum {string} */
                                    status: "active" | "ended";
                                    termFrom: string;
                                    termTo: string | null;
                                };
                                before: {
                                    decisionDate: string;
                                    decisionNumber: string;
                                    /** @enum {string} */
                                    status: "active" | "ended";
                                    termFrom: string;
                                    termTo: string | null;
                                };
                                changedAt: string;
                                changedBy: string | null;
                                id: number;
                                reason: string;
                            }[];
                            id: number;
                            log: {
                                activityDate: string;
                                createdAt: string;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "dispute_mediated" | "meeting" | "information" | "other";
                                participants: number | null;
                            }[];
                            personId: number;
                            /** @enum {string} */
                            status: "active" | "ended";
                            termFrom: string;
                            termTo: string | null;
                            village: {
                                id: number;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prestigious-persons/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo theo xã và dân tộc / report by commune and ethnic group */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byCommune: {
                                activities: number;
                                disputes: number;
                                information: number;
                                key: string;
                                meetings: number;
                                name: string;
                                persons: number;
                            }[];
                            byEthnic: {
                                activities: number;
                                disputes: number;
                                information: number;
                                key: string;
                                meetings: number;
                                name: string;
                                persons: number;
                            }[];
                            date: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prestigious-persons/support-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chốt danh sách hỗ trợ người có uy tín / freeze the support list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            listId: number;
                            persons: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tỷ lệ giải ngân theo dự án, đơn vị, tháng / disbursement rates */
        get: {
            parameters: {
                query: {
                    root?: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byMonth: {
                                cumulative: string;
                                disbursed: string;
                                month: number;
                                rate: number | null;
                            }[];
                            byNode: {
                                allocated: string;
                                code: string;
                                committed: string;
                                disbursed: string;
                                name: string;
                                nodeId: number;
                                rate: number | null;
                            }[];
                            bySource: {
                                allocated: string;
                                committed: string;
                                disbursed: string;
                                rate: number | null;
                                /** @enum {string} */
                                source: "central" | "local" | "loan" | "other";
                            }[];
                            byUnit: {
                                allocated: string;
                                code: string;
                                committed: string;
                                disbursed: string;
                                name: string;
                                rate: number | null;
                                unitId: number;
                            }[];
                            nodeId: number;
                            nodeName: string;
                            total: {
                                allocated: string;
                                committed: string;
                                disbursed: string;
                                rate: number | null;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/budget.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo tiến độ giải ngân (XLSX) / progress report (XLSX) */
        get: {
            parameters: {
                query: {
                    root?: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/indicators/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt chỉ tiêu năm cho một đơn vị / set a yearly target */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: string;
                        target: number;
                        unitCode: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vốn giao, cam kết, giải ngân / allocations, commitments, disbursements */
        get: {
            parameters: {
                query?: {
                    kind?: "allocation" | "commitment" | "disbursement";
                    node?: number;
                    page?: number;
                    pageSize?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: string;
                                id: number;
                                /** @enum {string} */
                                kind: "allocation" | "commitment" | "disbursement";
                                nodeCode: string;
                                nodeId: number;
                                nodeName: string;
                                note: string;
                                onDate: string;
                                /** @enum {string} */
                                source: "central" | "local" | "loan" | "other";
                                unitCode: string;
                                unitName: string;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi vốn giao, cam kết hoặc giải ngân / record money */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: string | number;
                        /** @enum {string} */
                        kind: "allocation" | "commitment" | "disbursement";
                        nodeId: number;
                        note?: string;
                        onDate: string;
                        /** @enum {string} */
                        source: "central" | "local" | "loan" | "other";
                        unitCode: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cây chương trình, dự án, tiểu dự án, hoạt động / programme tree */
        get: {
            parameters: {
                query?: {
                    root?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            canRecord: boolean;
                            items: {
                                code: string;
                                depth: number;
                                documentId: number | null;
                                endYear: number | null;
                                id: number;
                                indicators: {
                                    code: string;
                                    dataElementCode: string | null;
                                    id: number;
                                    measure: string;
                                    name: string;
                                    targets: {
                                        target: string;
                                        unitCode: string;
                                        unitName: string;
                                        year: number;
                                    }[];
                                }[];
                                /** @enum {string} */
                                kind: "programme" | "project" | "sub_project" | "activity";
                                name: string;
                                ownerUnitId: number | null;
                                parentId: number | null;
                                startYear: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm dự án, tiểu dự án, hoạt động / add an item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        documentId?: number | null;
                        endYear?: number | null;
                        /** @enum {string} */
                        kind: "project" | "sub_project" | "activity";
                        name: string;
                        parentId: number;
                        sortOrder?: number;
                        startYear?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/nodes/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm chỉ tiêu đầu ra / add an output indicator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        dataElementCode?: string | null;
                        measure?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/progress-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Điền biểu tiến độ quý từ số liệu vốn (bản nháp) / fill the quarterly progress form from the records (draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        period: string;
                        unitCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allocated: string;
                            dataSet: string;
                            disbursed: string;
                            period: string;
                            saved: number;
                            unchanged: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            values: {
                                code: string;
                                value: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/legal-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản công khai cho cổng thông tin (không cần đăng nhập) / public documents for the portal (no sign-in) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    type?: "luat" | "nghi_dinh" | "quyet_dinh" | "thong_tu" | "nghi_quyet" | "cong_van" | "khac";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                canEdit: boolean;
                                /** @enum {string} */
                                docType: "luat" | "nghi_dinh" | "quyet_dinh" | "thong_tu" | "nghi_quyet" | "cong_van" | "khac";
                                docTypeName: string;
                                effectiveFrom: string | null;
                                expiresOn: string | null;
                                file: {
                                    name: string;
                                    type: string;
                                } | null;
                                id: number;
                                isPublic: boolean;
                                issuer: string;
                                links: {
                                    /** @enum {string} */
                                    direction: "out" | "in";
                                    effectiveOn: string | null;
                                    id: number;
                                    /** @enum {string} */
                                    kind: "amends" | "replaces" | "guides";
                                    note: string;
                                    otherId: number;
                                    otherNumber: string;
                                    otherTitle: string;
                                }[];
                                number: string;
                                ownerUnitId: number | null;
                                policies: {
                                    areas: {
                                        code: string;
                                        level: string;
                                        name: string;
                                    }[];
                                    benefits: string;
                                    id: number;
                                    name: string;
                                    targetGroups: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                signedOn: string | null;
                                /** @enum {string} */
                                status: "not_yet" | "in_force" | "amended" | "replaced" | "expired";
                                statusDate: string;
                                summary: string;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/legal-documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp của văn bản công khai / file of a public document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục mã của sổ hộ / register code lists */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                code: string;
                                en: string;
                                vi: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/export/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các cột có thể xuất / exportable columns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            households: {
                                en: string;
                                key: string;
                                vi: string;
                            }[];
                            persons: {
                                en: string;
                                key: string;
                                vi: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mẫu nhập sổ hộ / register import template */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần nhập / imports */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applied: boolean;
                                counts: {
                                    households: {
                                        created: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    invalid: number;
                                    persons: {
                                        created: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    rows: number;
                                    valid: number;
                                };
                                createdAt: string;
                                dryRun: boolean;
                                encoding: {
                                    converted: boolean;
                                    detected: string;
                                };
                                errorCount: number;
                                errorReportUrl: string | null;
                                errors: {
                                    code: string;
                                    column: string;
                                    message: string;
                                    row: number;
                                    value: string;
                                }[];
                                failure: {
                                    code: string;
                                    message: string;
                                } | null;
                                fileName: string;
                                finishedAt: string | null;
                                id: number;
                                onlyValid: boolean;
                                progress: {
                                    bytesRead: number;
                                    bytesTotal: number;
                                    percent: number;
                                    rowsRead: number;
                                };
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                userId: number | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tải tệp nhập sổ hộ / upload a register file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description true (mặc định): chỉ kiểm tra / check only (default) */
                        dryRun?: string;
                        /**
                         * Format: binary
                         * @description Tệp CSV hoặc XLSX / CSV or XLSX file
                         */
                        file: string;
                        /** @description true: ghi các hộ hợp lệ, bỏ qua hộ lỗi / write the valid households, leave out bad ones */
                        onlyValid?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến độ và kết quả nhập / import progress and result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            counts: {
                                households: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                invalid: number;
                                persons: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                rows: number;
                                valid: number;
                            };
                            createdAt: string;
                            dryRun: boolean;
                            encoding: {
                                converted: boolean;
                                detected: string;
                            };
                            errorCount: number;
                            errorReportUrl: string | null;
                            errors: {
                                code: string;
                                column: string;
                                message: string;
                                row: number;
                                value: string;
                            }[];
                            failure: {
                                code: string;
                                message: string;
                            } | null;
                            fileName: string;
                            finishedAt: string | null;
                            id: number;
                            onlyValid: boolean;
                            progress: {
                                bytesRead: number;
                                bytesTotal: number;
                                percent: number;
                                rowsRead: number;
                            };
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            userId: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp báo lỗi nhập / import error report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/poverty-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các năm đã có phân loại nghèo / years with a poverty classification */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            years: number[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ xã: dân số, hộ, nghèo theo dân tộc / commune profile */
        get: {
            parameters: {
                query?: {
                    commune?: string;
                    date?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byAgeSex: {
                                /** @enum {string} */
                                band: "0-5" | "6-14" | "15-17" | "18-59" | "60+";
                                female: number;
                                male: number;
                            }[];
                            byEthnic: {
                                code: string | null;
                                female: number;
                                households: number;
                                male: number;
                                name: string;
                                nearPoor: number;
                                nearPoorRate: number | null;
                                persons: number;
                                poor: number;
                                poorRate: number | null;
                            }[];
                            date: string;
                            isDemo: boolean;
                            totals: {
                                female: number;
                                households: number;
                                male: number;
                                nearPoor: number;
                                nearPoorRate: number | null;
                                persons: number;
                                poor: number;
                                poorRate: number | null;
                            };
                            unit: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/aggregate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng hợp số liệu theo địa bàn / aggregate up the hierarchy */
        get: {
            parameters: {
                query: {
                    below?: "children" | "communes";
                    by?: string;
                    dataElements: string;
                    dataSet?: string;
                    onUnits?: "asof" | "today";
                    period: string;
                    splitRule?: "flag" | "proportional" | "exclude";
                    unit: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            below: "children" | "communes";
                            by: {
                                code: string;
                                name: string;
                                nameEn: string | null;
                            } | null;
                            items: {
                                dataElement: {
                                    /** @enum {string} */
                                    aggregation: "sum" | "average" | "last";
                                    code: string;
                                    name: string;
                                    nameEn: string | null;
                                    unit: string;
                                    /** @enum {string} */
                                    valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                                };
                                groups?: {
                                    code: string;
                                    name: string;
                                    value: number | null;
                                }[];
                                periods: string[];
                                total: number | null;
                                units: number;
                            }[];
                            mergedUnits: string[];
                            /** @enum {string} */
                            onUnits: "asof" | "today";
                            period: {
                                /** @enum {string} */
                                calendar: "calendar" | "nd09";
                                end: string;
                                id: string;
                                name: string;
                                start: string;
                                /** @enum {string} */
                                type: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            };
                            rows: {
                                items: {
                                    dataElement: {
                                        /** @enum {string} */
                                        aggregation: "sum" | "average" | "last";
                                        code: string;
                                        name: string;
                                        nameEn: string | null;
                                        unit: string;
                                        /** @enum {string} */
                                        valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                                    };
                                    groups?: {
                                        code: string;
                                        name: string;
                                        value: number | null;
                                    }[];
                                    periods: string[];
                                    total: number | null;
                                    units: number;
                                }[];
                                mergedUnits: string[];
                                splitUnits: {
                                    code: string;
                                    name: string;
                                    /** @enum {string} */
                                    rule: "flag" | "proportional" | "exclude";
                                    successors: {
                                        code: string;
                                        name: string;
                                    }[];
                                    weight: number;
                                }[];
                                unit: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                            }[];
                            /** @enum {string} */
                            splitRule: "flag" | "proportional" | "exclude";
                            splitUnits: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                rule: "flag" | "proportional" | "exclude";
                                successors: {
                                    code: string;
                                    name: string;
                                }[];
                                weight: number;
                            }[];
                            unit: {
                                code: string;
                                level: string;
                                name: string;
                                validFrom: string | null;
                                validTo: string | null;
                            };
                        } | {
                            by: {
                                code: string;
                                name: string;
                                nameEn: string | null;
                            } | null;
                            items: {
                                dataElement: {
                                    /** @enum {string} */
                                    aggregation: "sum" | "average" | "last";
                                    code: string;
                                    name: string;
                                    nameEn: string | null;
                                    unit: string;
                                    /** @enum {string} */
                                    valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                                };
                                groups?: {
                                    code: string;
                                    name: string;
                                    value: number | null;
                                }[];
                                periods: string[];
                                total: number | null;
                                units: number;
                            }[];
                            mergedUnits: string[];
                            /** @enum {string} */
                            onUnits: "asof" | "today";
                            period: {
                                /** @enum {string} */
                                calendar: "calendar" | "nd09";
                                end: string;
                                id: string;
                                name: string;
                                start: string;
                                /** @enum {string} */
                                type: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            };
                            /** @enum {string} */
                            splitRule: "flag" | "proportional" | "exclude";
                            splitUnits: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                rule: "flag" | "proportional" | "exclude";
                                successors: {
                                    code: string;
                                    name: string;
                                }[];
                                weight: number;
                            }[];
                            unit: {
                                code: string;
                                level: string;
                                name: string;
                                validFrom: string | null;
                                validTo: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List categories */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                canEdit: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                                options: {
                                    active: boolean;
                                    code: string;
                                    dhis2Uid: string | null;
                                    id: number;
                                    nameEn: string;
                                    nameVi: string;
                                    sortOrder: number;
                                }[];
                                owner: string | null;
                                ownerName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create one of categories */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        canEdit?: boolean;
                        code: string;
                        /** @default null */
                        dhis2Uid?: string | null;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        options?: {
                            /** @default true */
                            active?: boolean;
                            code: string;
                            /** @default null */
                            dhis2Uid?: string | null;
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                            sortOrder?: number;
                        }[];
                        owner?: string | null;
                        ownerName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            code: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            options: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                                sortOrder: number;
                            }[];
                            owner: string | null;
                            ownerName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of categories */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            code: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            options: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                                sortOrder: number;
                            }[];
                            owner: string | null;
                            ownerName: string | null;
                        };
                    };
                };
            };
        };
        /** Update one of categories */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        canEdit?: boolean;
                        code: string;
                        /** @default null */
                        dhis2Uid?: string | null;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        options?: {
                            /** @default true */
                            active?: boolean;
                            code: string;
                            /** @default null */
                            dhis2Uid?: string | null;
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                            sortOrder?: number;
                        }[];
                        owner?: string | null;
                        ownerName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            code: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            options: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                                sortOrder: number;
                            }[];
                            owner: string | null;
                            ownerName: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/categories/{code}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate one of categories */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            code: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            options: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                                sortOrder: number;
                            }[];
                            owner: string | null;
                            ownerName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/category-combos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List category-combos */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                canEdit: boolean;
                                categories: string[];
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                                optionCombos: {
                                    active: boolean;
                                    code: string;
                                    dhis2Uid: string | null;
                                    id: number;
                                    nameEn: string;
                                    nameVi: string;
                                }[];
                                owner: string | null;
                                ownerName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create one of category-combos */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        canEdit?: boolean;
                        categories: string[];
                        code: string;
                        /** @default null */
                        dhis2Uid?: string | null;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        optionCombos?: unknown[];
                        owner?: string | null;
                        ownerName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            categories: string[];
                            code: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            optionCombos: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                            }[];
                            owner: string | null;
                            ownerName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/category-combos/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of category-combos */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            categories: string[];
                            code: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            optionCombos: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                            }[];
                            owner: string | null;
                            ownerName: string | null;
                        };
                    };
                };
            };
        };
        /** Update one of category-combos */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        canEdit?: boolean;
                        categories: string[];
                        code: string;
                        /** @default null */
                        dhis2Uid?: string | null;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        optionCombos?: unknown[];
                        owner?: string | null;
                        ownerName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            categories: string[];
                            code: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            optionCombos: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                            }[];
                            owner: string | null;
                            ownerName: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/category-combos/{code}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate one of category-combos */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            categories: string[];
                            code: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            optionCombos: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                            }[];
                            owner: string | null;
                            ownerName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/data-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List data-elements */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** @enum {string} */
                                aggregation: "sum" | "average" | "last";
                                canEdit: boolean;
                                categoryCombo: string;
                                code: string;
                                description: string;
                                dhis2Uid: string | null;
                                id: number;
                                maxValue: number | null;
                                minValue: number | null;
                                nameEn: string;
                                nameVi: string;
                                owner: string | null;
                                ownerName: string | null;
                                shortName: string;
                                unit: string;
                                /** @enum {string} */
                                valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create one of data-elements */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /**
                         * @default sum
                         * @enum {string}
                         */
                        aggregation?: "sum" | "average" | "last";
                        canEdit?: boolean;
                        /** @default none */
                        categoryCombo?: string;
                        code: string;
                        /** @default  */
                        description?: string;
                        /** @default null */
                        dhis2Uid?: string | null;
                        /** @default null */
                        maxValue?: number | null;
                        /** @default null */
                        minValue?: number | null;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        owner?: string | null;
                        ownerName?: string | null;
                        /** @default  */
                        shortName?: string;
                        /** @default  */
                        unit?: string;
                        /** @enum {string} */
                        valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            aggregation: "sum" | "average" | "last";
                            canEdit: boolean;
                            categoryCombo: string;
                            code: string;
                            description: string;
                            dhis2Uid: string | null;
                            id: number;
                            maxValue: number | null;
                            minValue: number | null;
                            nameEn: string;
                            nameVi: string;
                            owner: string | null;
                            ownerName: string | null;
                            shortName: string;
                            unit: string;
                            /** @enum {string} */
                            valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/data-elements/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of data-elements */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            aggregation: "sum" | "average" | "last";
                            canEdit: boolean;
                            categoryCombo: string;
                            code: string;
                            description: string;
                            dhis2Uid: string | null;
                            id: number;
                            maxValue: number | null;
                            minValue: number | null;
                            nameEn: string;
                            nameVi: string;
                            owner: string | null;
                            ownerName: string | null;
                            shortName: string;
                            unit: string;
                            /** @enum {string} */
                            valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                        };
                    };
                };
            };
        };
        /** Update one of data-elements */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /**
                         * @default sum
                         * @enum {string}
                         */
                        aggregation?: "sum" | "average" | "last";
                        canEdit?: boolean;
                        /** @default none */
                        categoryCombo?: string;
                        code: string;
                        /** @default  */
                        description?: string;
                        /** @default null */
                        dhis2Uid?: string | null;
                        /** @default null */
                        maxValue?: number | null;
                        /** @default null */
                        minValue?: number | null;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        owner?: string | null;
                        ownerName?: string | null;
                        /** @default  */
                        shortName?: string;
                        /** @default  */
                        unit?: string;
                        /** @enum {string} */
                        valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            aggregation: "sum" | "average" | "last";
                            canEdit: boolean;
                            categoryCombo: string;
                            code: string;
                            description: string;
                            dhis2Uid: string | null;
                            id: number;
                            maxValue: number | null;
                            minValue: number | null;
                            nameEn: string;
                            nameVi: string;
                            owner: string | null;
                            ownerName: string | null;
                            shortName: string;
                            unit: string;
                            /** @enum {string} */
                            valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/data-elements/{code}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate one of data-elements */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            aggregation: "sum" | "average" | "last";
                            canEdit: boolean;
                            categoryCombo: string;
                            code: string;
                            description: string;
                            dhis2Uid: string | null;
                            id: number;
                            maxValue: number | null;
                            minValue: number | null;
                            nameEn: string;
                            nameVi: string;
                            owner: string | null;
                            ownerName: string | null;
                            shortName: string;
                            unit: string;
                            /** @enum {string} */
                            valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/data-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List data-sets */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** @enum {string} */
                                approvalRole: "admin" | "province_officer";
                                /** @enum {string|null} */
                                assignLevel: "province" | "district" | "commune" | null;
                                assignUnits: string[];
                                assignWithin: string | null;
                                canEdit: boolean;
                                code: string;
                                /** @enum {string} */
                                cutoff: "calendar" | "nd09";
                                deadlineDays: number;
                                description: string;
                                dhis2Uid: string | null;
                                id: number;
                                nameEn: string;
                                nameVi: string;
                                owner: string | null;
                                ownerName: string | null;
                                /** @enum {string} */
                                periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                                sections: {
                                    code: string;
                                    dataElements: string[];
                                    nameEn: string;
                                    nameVi: string;
                                }[];
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create one of data-sets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /**
                         * @default province_officer
                         * @enum {string}
                         */
                        approvalRole?: "admin" | "province_officer";
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        assignLevel?: "province" | "district" | "commune" | null;
                        /** @default [] */
                        assignUnits?: string[];
                        /** @default null */
                        assignWithin?: string | null;
                        canEdit?: boolean;
                        code: string;
                        /**
                         * @default calendar
                         * @enum {string}
                         */
                        cutoff?: "calendar" | "nd09";
                        /** @default 10 */
                        deadlineDays?: number;
                        /** @default  */
                        description?: string;
                        /** @default null */
                        dhis2Uid?: string | null;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        owner?: string | null;
                        ownerName?: string | null;
                        /** @enum {string} */
                        periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                        sections?: {
                            code: string;
                            dataElements: string[];
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            approvalRole: "admin" | "province_officer";
                            /** @enum {string|null} */
                            assignLevel: "province" | "district" | "commune" | null;
                            assignUnits: string[];
                            assignWithin: string | null;
                            canEdit: boolean;
                            code: string;
                            /** @enum {string} */
                            cutoff: "calendar" | "nd09";
                            deadlineDays: number;
                            description: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            owner: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            sections: {
                                code: string;
                                dataElements: string[];
                                nameEn: string;
                                nameVi: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/data-sets/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of data-sets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            approvalRole: "admin" | "province_officer";
                            /** @enum {string|null} */
                            assignLevel: "province" | "district" | "commune" | null;
                            assignUnits: string[];
                            assignWithin: string | null;
                            canEdit: boolean;
                            code: string;
                            /** @enum {string} */
                            cutoff: "calendar" | "nd09";
                            deadlineDays: number;
                            description: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            owner: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            sections: {
                                code: string;
                                dataElements: string[];
                                nameEn: string;
                                nameVi: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Update one of data-sets */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /**
                         * @default province_officer
                         * @enum {string}
                         */
                        approvalRole?: "admin" | "province_officer";
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        assignLevel?: "province" | "district" | "commune" | null;
                        /** @default [] */
                        assignUnits?: string[];
                        /** @default null */
                        assignWithin?: string | null;
                        canEdit?: boolean;
                        code: string;
                        /**
                         * @default calendar
                         * @enum {string}
                         */
                        cutoff?: "calendar" | "nd09";
                        /** @default 10 */
                        deadlineDays?: number;
                        /** @default  */
                        description?: string;
                        /** @default null */
                        dhis2Uid?: string | null;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        owner?: string | null;
                        ownerName?: string | null;
                        /** @enum {string} */
                        periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                        sections?: {
                            code: string;
                            dataElements: string[];
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            approvalRole: "admin" | "province_officer";
                            /** @enum {string|null} */
                            assignLevel: "province" | "district" | "commune" | null;
                            assignUnits: string[];
                            assignWithin: string | null;
                            canEdit: boolean;
                            code: string;
                            /** @enum {string} */
                            cutoff: "calendar" | "nd09";
                            deadlineDays: number;
                            description: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            owner: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            sections: {
                                code: string;
                                dataElements: string[];
                                nameEn: string;
                                nameVi: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/data-sets/{code}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate one of data-sets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            approvalRole: "admin" | "province_officer";
                            /** @enum {string|null} */
                            assignLevel: "province" | "district" | "commune" | null;
                            assignUnits: string[];
                            assignWithin: string | null;
                            canEdit: boolean;
                            code: string;
                            /** @enum {string} */
                            cutoff: "calendar" | "nd09";
                            deadlineDays: number;
                            description: string;
                            dhis2Uid: string | null;
                            id: number;
                            nameEn: string;
                            nameVi: string;
                            owner: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            sections: {
                                code: string;
                                dataElements: string[];
                                nameEn: string;
                                nameVi: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/dhis2-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DHIS2 mappings */
        get: {
            parameters: {
                query?: {
                    kind?: "data_element" | "category_option" | "category_option_combo" | "org_unit" | "data_set";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                canEdit: boolean;
                                code: string;
                                dhis2: string;
                                id: number;
                                /** @enum {string} */
                                kind: "data_element" | "category_option" | "category_option_combo" | "org_unit" | "data_set";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        /** Set a DHIS2 mapping */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        dhis2: string;
                        /** @enum {string} */
                        kind: "data_element" | "category_option" | "category_option_combo" | "org_unit" | "data_set";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            code: string;
                            dhis2: string;
                            id: number;
                            /** @enum {string} */
                            kind: "data_element" | "category_option" | "category_option_combo" | "org_unit" | "data_set";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/dhis2-mappings/{kind}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a DHIS2 mapping */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    kind: "data_element" | "category_option" | "category_option_combo" | "org_unit" | "data_set";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/excel/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo in / print-ready report */
        get: {
            parameters: {
                query: {
                    dataSet: string;
                    period: string;
                    unit: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/excel/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải mẫu nhập Excel / download the XLSX template */
        get: {
            parameters: {
                query: {
                    dataSet: string;
                    period: string;
                    units: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/excel/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập số liệu từ Excel / upload a filled template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description Biểu đang mở; mẫu của biểu khác bị từ chối / the open form; a template of another form is refused */
                        dataSet?: string;
                        /** @description true: chỉ kiểm tra / check only */
                        dryRun?: string;
                        /**
                         * Format: binary
                         * @description Mẫu nhập XLSX đã điền / filled XLSX template
                         */
                        file: string;
                        /** @description Kỳ đang mở; mẫu của kỳ khác bị từ chối / the open period; a template of another period is refused */
                        period?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            created: number;
                            dryRun: boolean;
                            errorReportUrl: string | null;
                            errors: {
                                code: string;
                                field: string;
                                message: string;
                                row?: number;
                                value?: unknown;
                            }[];
                            invalid: number;
                            preview: {
                                /** @enum {string} */
                                action: "create" | "update" | "unchanged" | "error";
                                row: number;
                                values: {
                                    [key: string]: string;
                                };
                            }[];
                            skipped: number;
                            total: number;
                            unchanged: number;
                            updated: number;
                            valid: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/excel/upload-errors/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp báo lỗi / error report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export all reporting metadata as one JSON document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: {
                                active: boolean;
                                code: string;
                                dhis2Uid: string | null;
                                nameEn: string;
                                nameVi: string;
                                options: {
                                    active: boolean;
                                    code: string;
                                    dhis2Uid: string | null;
                                    nameEn: string;
                                    nameVi: string;
                                    sortOrder?: number;
                                }[];
                                owner?: string | null;
                            }[];
                            categoryCombos: {
                                active: boolean;
                                categories: string[];
                                code: string;
                                dhis2Uid: string | null;
                                nameEn: string;
                                nameVi: string;
                                optionCombos?: {
                                    active: boolean;
                                    code: string;
                                    dhis2Uid: string | null;
                                    nameEn: string;
                                    nameVi: string;
                                }[];
                                owner?: string | null;
                            }[];
                            dataElements: {
                                active: boolean;
                                /** @enum {string} */
                                aggregation: "sum" | "average" | "last";
                                categoryCombo: string;
                                code: string;
                                description: string;
                                dhis2Uid: string | null;
                                maxValue: number | null;
                                minValue: number | null;
                                nameEn: string;
                                nameVi: string;
                                owner?: string | null;
                                shortName: string;
                                unit: string;
                                /** @enum {string} */
                                valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                            }[];
                            dataSets: {
                                active: boolean;
                                /** @enum {string} */
                                approvalRole: "admin" | "province_officer";
                                /** @enum {string|null} */
                                assignLevel: "province" | "district" | "commune" | null;
                                assignUnits: string[];
                                assignWithin: string | null;
                                code: string;
                                cutoff: string;
                                deadlineDays: number;
                                description: string;
                                dhis2Uid: string | null;
                                nameEn: string;
                                nameVi: string;
                                owner?: string | null;
                                periodType: string;
                                sections: {
                                    code: string;
                                    dataElements: string[];
                                    nameEn: string;
                                    nameVi: string;
                                }[];
                            }[];
                            dhis2Mappings: {
                                code: string;
                                dhis2: string;
                                /** @enum {string} */
                                kind: "data_element" | "category_option" | "category_option_combo" | "org_unit" | "data_set";
                            }[];
                            exportedAt?: string;
                            validationRules: {
                                active: boolean;
                                code: string;
                                dataSets: string[];
                                dhis2Uid: string | null;
                                /** @enum {string} */
                                importance: "high" | "medium" | "low";
                                left: string;
                                messageEn: string;
                                messageVi: string;
                                nameEn: string;
                                nameVi: string;
                                /** @enum {string} */
                                operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                                owner?: string | null;
                                right: string;
                            }[];
                            /** @enum {number} */
                            version: 1;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Import a metadata document (by code; dryRun reports without writing) */
        post: {
            parameters: {
                query?: {
                    dryRun?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categories?: {
                            /** @default true */
                            active?: boolean;
                            canEdit?: boolean;
                            code: string;
                            /** @default null */
                            dhis2Uid?: string | null;
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                            options?: {
                                /** @default true */
                                active?: boolean;
                                code: string;
                                /** @default null */
                                dhis2Uid?: string | null;
                                /** @default  */
                                nameEn?: string;
                                nameVi: string;
                                sortOrder?: number;
                            }[];
                            owner?: string | null;
                            ownerName?: string | null;
                        }[];
                        categoryCombos?: {
                            /** @default true */
                            active?: boolean;
                            canEdit?: boolean;
                            categories: string[];
                            code: string;
                            /** @default null */
                            dhis2Uid?: string | null;
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                            optionCombos?: unknown[];
                            owner?: string | null;
                            ownerName?: string | null;
                        }[];
                        dataElements?: {
                            /** @default true */
                            active?: boolean;
                            /**
                             * @default sum
                             * @enum {string}
                             */
                            aggregation?: "sum" | "average" | "last";
                            canEdit?: boolean;
                            /** @default none */
                            categoryCombo?: string;
                            code: string;
                            /** @default  */
                            description?: string;
                            /** @default null */
                            dhis2Uid?: string | null;
                            /** @default null */
                            maxValue?: number | null;
                            /** @default null */
                            minValue?: number | null;
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                            owner?: string | null;
                            ownerName?: string | null;
                            /** @default  */
                            shortName?: string;
                            /** @default  */
                            unit?: string;
                            /** @enum {string} */
                            valueType: "integer" | "number" | "percentage" | "boolean" | "text" | "date";
                        }[];
                        dataSets?: {
                            /** @default true */
                            active?: boolean;
                            /**
                             * @default province_officer
                             * @enum {string}
                             */
                            approvalRole?: "admin" | "province_officer";
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            assignLevel?: "province" | "district" | "commune" | null;
                            /** @default [] */
                            assignUnits?: string[];
                            /** @default null */
                            assignWithin?: string | null;
                            canEdit?: boolean;
                            code: string;
                            /**
                             * @default calendar
                             * @enum {string}
                             */
                            cutoff?: "calendar" | "nd09";
                            /** @default 10 */
                            deadlineDays?: number;
                            /** @default  */
                            description?: string;
                            /** @default null */
                            dhis2Uid?: string | null;
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                            owner?: string | null;
                            ownerName?: string | null;
                            /** @enum {string} */
                            periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            sections?: {
                                code: string;
                                dataElements: string[];
                                /** @default  */
                                nameEn?: string;
                                nameVi: string;
                            }[];
                        }[];
                        /** @default [] */
                        dhis2Mappings?: {
                            code: string;
                            dhis2: string;
                            /** @enum {string} */
                            kind: "data_element" | "category_option" | "category_option_combo" | "org_unit" | "data_set";
                        }[];
                        exportedAt?: string;
                        validationRules?: {
                            /** @default true */
                            active?: boolean;
                            canEdit?: boolean;
                            code: string;
                            /** @default [] */
                            dataSets?: string[];
                            /** @default null */
                            dhis2Uid?: string | null;
                            /**
                             * @default medium
                             * @enum {string}
                             */
                            importance?: "high" | "medium" | "low";
                            left: string;
                            /** @default  */
                            messageEn?: string;
                            /** @default  */
                            messageVi?: string;
                            /** @default  */
                            nameEn?: string;
                            nameVi: string;
                            /** @enum {string} */
                            operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                            owner?: string | null;
                            ownerName?: string | null;
                            right: string;
                        }[];
                        /**
                         * @default 1
                         * @enum {number}
                         */
                        version?: 1;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                            };
                            dryRun: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Periods of a type overlapping a date range */
        get: {
            parameters: {
                query: {
                    cutoff?: "calendar" | "nd09";
                    from: string;
                    to: string;
                    type: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                dhis2: string | null;
                                end: string;
                                id: string;
                                nameEn: string;
                                nameVi: string;
                                start: string;
                                /** @enum {string} */
                                type: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/periods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One period */
        get: {
            parameters: {
                query?: {
                    cutoff?: "calendar" | "nd09";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dhis2: string | null;
                            end: string;
                            id: string;
                            nameEn: string;
                            nameVi: string;
                            start: string;
                            /** @enum {string} */
                            type: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/validation-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List validation-rules */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                canEdit: boolean;
                                code: string;
                                dataSets: string[];
                                dhis2Uid: string | null;
                                id: number;
                                /** @enum {string} */
                                importance: "high" | "medium" | "low";
                                left: string;
                                messageEn: string;
                                messageVi: string;
                                nameEn: string;
                                nameVi: string;
                                /** @enum {string} */
                                operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                                owner: string | null;
                                ownerName: string | null;
                                right: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create one of validation-rules */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        canEdit?: boolean;
                        code: string;
                        /** @default [] */
                        dataSets?: string[];
                        /** @default null */
                        dhis2Uid?: string | null;
                        /**
                         * @default medium
                         * @enum {string}
                         */
                        importance?: "high" | "medium" | "low";
                        left: string;
                        /** @default  */
                        messageEn?: string;
                        /** @default  */
                        messageVi?: string;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        /** @enum {string} */
                        operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                        owner?: string | null;
                        ownerName?: string | null;
                        right: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            code: string;
                            dataSets: string[];
                            dhis2Uid: string | null;
                            id: number;
                            /** @enum {string} */
                            importance: "high" | "medium" | "low";
                            left: string;
                            messageEn: string;
                            messageVi: string;
                            nameEn: string;
                            nameVi: string;
                            /** @enum {string} */
                            operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                            owner: string | null;
                            ownerName: string | null;
                            right: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/validation-rules/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of validation-rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            code: string;
                            dataSets: string[];
                            dhis2Uid: string | null;
                            id: number;
                            /** @enum {string} */
                            importance: "high" | "medium" | "low";
                            left: string;
                            messageEn: string;
                            messageVi: string;
                            nameEn: string;
                            nameVi: string;
                            /** @enum {string} */
                            operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                            owner: string | null;
                            ownerName: string | null;
                            right: string;
                        };
                    };
                };
            };
        };
        /** Update one of validation-rules */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        canEdit?: boolean;
                        code: string;
                        /** @default [] */
                        dataSets?: string[];
                        /** @default null */
                        dhis2Uid?: string | null;
                        /**
                         * @default medium
                         * @enum {string}
                         */
                        importance?: "high" | "medium" | "low";
                        left: string;
                        /** @default  */
                        messageEn?: string;
                        /** @default  */
                        messageVi?: string;
                        /** @default  */
                        nameEn?: string;
                        nameVi: string;
                        /** @enum {string} */
                        operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                        owner?: string | null;
                        ownerName?: string | null;
                        right: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            code: string;
                            dataSets: string[];
                            dhis2Uid: string | null;
                            id: number;
                            /** @enum {string} */
                            importance: "high" | "medium" | "low";
                            left: string;
                            messageEn: string;
                            messageVi: string;
                            nameEn: string;
                            nameVi: string;
                            /** @enum {string} */
                            operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                            owner: string | null;
                            ownerName: string | null;
                            right: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/validation-rules/{code}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate one of validation-rules */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            canEdit: boolean;
                            code: string;
                            dataSets: string[];
                            dhis2Uid: string | null;
                            id: number;
                            /** @enum {string} */
                            importance: "high" | "medium" | "low";
                            left: string;
                            messageEn: string;
                            messageVi: string;
                            nameEn: string;
                            nameVi: string;
                            /** @enum {string} */
                            operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
                            owner: string | null;
                            ownerName: string | null;
                            right: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supply-duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nghĩa vụ cung cấp thông tin / supply duties */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                dataSetId: number | null;
                                dataSetName: string | null;
                                deadlineDays: number;
                                email: string | null;
                                escalateAfterDays: number;
                                escalationEmail: string | null;
                                id: number;
                                periodType: string;
                                registerArea: string | null;
                                unitId: number;
                                unitName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Giao nghĩa vụ cung cấp thông tin / add a supply duty */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dataSet?: string;
                        deadlineDays: number;
                        email?: string | null;
                        /** @default 7 */
                        escalateAfterDays?: number;
                        escalationEmail?: string | null;
                        /** @enum {string} */
                        periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                        /** @enum {string} */
                        registerArea?: "households" | "persons" | "poverty";
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dataSetId: number | null;
                            dataSetName: string | null;
                            deadlineDays: number;
                            email: string | null;
                            escalateAfterDays: number;
                            escalationEmail: string | null;
                            id: number;
                            periodType: string;
                            registerArea: string | null;
                            unitId: number;
                            unitName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supply-duties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa kỳ, hạn, thời gian báo lên tỉnh và địa chỉ nhận nhắc / change a supply duty */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        deadlineDays: number;
                        email?: string | null;
                        escalateAfterDays: number;
                        escalationEmail?: string | null;
                        /** @enum {string} */
                        periodType: "monthly" | "quarterly" | "six_monthly" | "nine_monthly" | "yearly";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dataSetId: number | null;
                            dataSetName: string | null;
                            deadlineDays: number;
                            email: string | null;
                            escalateAfterDays: number;
                            escalationEmail: string | null;
                            id: number;
                            periodType: string;
                            registerArea: string | null;
                            unitId: number;
                            unitName: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Bỏ nghĩa vụ cung cấp / remove a supply duty */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supply-duties/{id}/periods/{period}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận đã cung cấp phần sổ đăng ký cho một kỳ / confirm a register area supplied for a period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supply-duties/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái cấu hình gửi thư (SMTP) / e-mail (SMTP) settings status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            configured: boolean;
                            from: string | null;
                            host: string | null;
                            port: number | null;
                            secure: boolean;
                            user: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supply-duties/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin quá hạn cung cấp trong phạm vi của tôi / overdue supplies in my area */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                daysOverdue: number;
                                deadline: string;
                                dutyId: number;
                                escalated: boolean;
                                periodId: string;
                                periodName: string;
                                unitId: number;
                                unitName: string;
                                what: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supply-duties/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhắc nhở và báo lên tỉnh đã gửi trong phạm vi của tôi / reminders sent in my area */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                dutyId: number;
                                id: number;
                                /** @enum {string} */
                                kind: "reminder" | "escalation";
                                mailed: boolean;
                                periodId: string;
                                periodName: string;
                                recipients: string[];
                                sentAt: string;
                                unitId: number;
                                unitName: string;
                                what: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supply-duties/reminders/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi nhắc nhở quá hạn ngay (quản trị) / send overdue reminders now (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            escalations: number;
                            mailed: number;
                            reminders: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/app-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Điều tra viên dùng ODK Collect / app users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                areaName: string;
                                areaUnitId: number;
                                createdAt: string;
                                displayName: string;
                                formIds: number[];
                                id: number;
                                revoked: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo điều tra viên và mã QR cho ODK Collect / create an app user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaUnitId: number;
                        displayName: string;
                        /** @default [] */
                        formIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appUser: {
                                areaName: string;
                                areaUnitId: number;
                                createdAt: string;
                                displayName: string;
                                formIds: number[];
                                id: number;
                                revoked: boolean;
                            };
                            qrImage: string;
                            qrSettings: string;
                            serverUrl: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/app-users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Thu hồi mã truy cập của điều tra viên / revoke an app user */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/app-users/{id}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Giao biểu mẫu cho điều tra viên / assign forms */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        formIds: number[];
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/collect/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biểu mẫu để thu thập trên web / forms for the web collection */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                hash: string;
                                id: number;
                                media: {
                                    hash: string;
                                    name: string;
                                    type: string;
                                }[];
                                provinceName: string;
                                title: string;
                                version: string | null;
                                xmlFormId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/collect/forms/{id}/media/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp đính kèm của biểu mẫu / a media file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/collect/forms/{id}/xform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** XForm của biểu mẫu / the XForm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/collect/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi phiếu từ thu thập trên web (như ODK Collect: xml_submission_file và ảnh) / send a submission */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": ({
                        /**
                         * Format: binary
                         * @description the submission XML (as ODK Collect sends it)
                         */
                        xml_submission_file: string;
                    } & {
                        [key: string]: string;
                    }) | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            created: boolean;
                            submissionId: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            created: boolean;
                            submissionId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biểu mẫu khảo sát / survey forms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                canManage: boolean;
                                createdAt: string;
                                hash: string | null;
                                id: number;
                                provinceId: number;
                                provinceName: string;
                                /** @enum {string} */
                                state: "draft" | "published" | "closed";
                                submissions: number;
                                title: string;
                                version: string | null;
                                xmlFormId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tải lên biểu mẫu XForm (.xml) và tệp đính kèm; cùng mã biểu mẫu thì thành phiên bản mới / upload an XForm and its media */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": ({
                        /**
                         * Format: binary
                         * @description XLSForm (.xlsx, .csv) hoặc XForm (.xml) / the form
                         */
                        file: string;
                        /** @description id of the province the form belongs to (default: your own) */
                        provinceId?: string;
                    } & {
                        [key: string]: string;
                    }) | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một biểu mẫu: câu hỏi, phiên bản, tệp đính kèm / one form */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                hash: string;
                                name: string;
                            }[];
                            canManage: boolean;
                            createdAt: string;
                            fields: {
                                choices?: {
                                    labels: {
                                        [key: string]: string;
                                    };
                                    value: string;
                                }[];
                                choicesFile?: string;
                                labels: {
                                    [key: string]: string;
                                };
                                mediatype?: string;
                                name: string;
                                path: string;
                                repeat: string | null;
                                type: string;
                            }[];
                            hash: string | null;
                            id: number;
                            mapping: {
                                /** @enum {string} */
                                field: "smartphones" | "computers" | "internetAccess" | "phone" | "address" | "electricity" | "waterSource" | "mainLivelihood";
                                path: string;
                            }[];
                            media: string[];
                            provinceId: number;
                            provinceName: string;
                            /** @enum {string} */
                            state: "draft" | "published" | "closed";
                            submissions: number;
                            title: string;
                            version: string | null;
                            versions: {
                                createdAt: string;
                                hash: string;
                                id: number;
                                version: string;
                            }[];
                            xmlFormId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms/{id}/crosstab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả theo dân tộc hoặc theo xã (JSON hoặc XLSX) / results by ethnic group or commune */
        get: {
            parameters: {
                query?: {
                    by?: "ethnic" | "commune";
                    /** @description ethnic group code the submission counts under */
                    ethnic?: string;
                    format?: "json" | "xlsx";
                    from?: string;
                    state?: "received" | "has_issues" | "approved" | "rejected";
                    to?: string;
                    unit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            by: "ethnic" | "commune";
                            groups: {
                                code: string;
                                key: string;
                                name: string;
                            }[];
                            rows: {
                                /** @enum {string} */
                                kind: "count" | "answered" | "mean";
                                path: string;
                                total: number | null;
                                value: string | null;
                                values: (number | null)[];
                            }[];
                            /** @description disclosure control: counts below the threshold hidden (null) */
                            suppression: {
                                applied: boolean;
                                threshold: number;
                            };
                        } | string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            /** @enum {string} */
                            by: "ethnic" | "commune";
                            groups: {
                                code: string;
                                key: string;
                                name: string;
                            }[];
                            rows: {
                                /** @enum {string} */
                                kind: "count" | "answered" | "mean";
                                path: string;
                                total: number | null;
                                value: string | null;
                                values: (number | null)[];
                            }[];
                            /** @description disclosure control: counts below the threshold hidden (null) */
                            suppression: {
                                applied: boolean;
                                threshold: number;
                            };
                        } | string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất phiếu CSV, XLSX (mỗi nhóm lặp một trang) hoặc GeoJSON (ghi nhật ký) / export submissions */
        get: {
            parameters: {
                query?: {
                    choices?: "labels" | "codes";
                    ethnic?: string;
                    format?: "csv" | "xlsx" | "geojson";
                    from?: string;
                    repeat?: string;
                    state?: "received" | "has_issues" | "approved" | "rejected";
                    to?: string;
                    unit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, XLSX hoặc GeoJSON / the CSV, XLSX or GeoJSON file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Câu trả lời cập nhật trường nào của sổ hộ khi duyệt / register fields updated on approval */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mapping: {
                            /** @enum {string} */
                            field: "smartphones" | "computers" | "internetAccess" | "phone" | "address" | "electricity" | "waterSource" | "mainLivelihood";
                            path: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vị trí của phiếu / submission locations */
        get: {
            parameters: {
                query?: {
                    /** @description ethnic group code the submission counts under */
                    ethnic?: string;
                    from?: string;
                    state?: "received" | "has_issues" | "approved" | "rejected";
                    to?: string;
                    unit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hidden: boolean;
                            items: {
                                id: number;
                                latitude: number;
                                longitude: number;
                                /** @enum {string} */
                                state: "received" | "has_issues" | "approved" | "rejected";
                                unitCode: string;
                                unitName: string;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Công bố, đóng biểu mẫu / publish or close a form */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "draft" | "published" | "closed";
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phiếu đã nhận / submissions */
        get: {
            parameters: {
                query?: {
                    /** @description ethnic group code the submission counts under */
                    ethnic?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    state?: "received" | "has_issues" | "approved" | "rejected";
                    to?: string;
                    unit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                edits: number;
                                ethnicCode: string | null;
                                householdId: number | null;
                                id: number;
                                instanceId: string;
                                latitude: number | null;
                                longitude: number | null;
                                receivedAt: string;
                                /** @enum {string} */
                                state: "received" | "has_issues" | "approved" | "rejected";
                                submitter: string | null;
                                unitId: number;
                                unitName: string;
                                updatedAt: string;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/forms/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng hợp theo câu hỏi / summary per question */
        get: {
            parameters: {
                query?: {
                    /** @description ethnic group code the submission counts under */
                    ethnic?: string;
                    from?: string;
                    state?: "received" | "has_issues" | "approved" | "rejected";
                    to?: string;
                    unit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                answered: number | null;
                                counts?: {
                                    count: number | null;
                                    value: string;
                                }[];
                                histogram?: {
                                    count: number | null;
                                    from: number;
                                    to: number;
                                }[];
                                /** @enum {string} */
                                kind: "choices" | "multiple" | "number" | "month";
                                path: string;
                                stats?: {
                                    max?: number;
                                    mean: number;
                                    median?: number;
                                    min?: number;
                                    n: number;
                                    sum: number;
                                } | null;
                                type: string;
                            }[];
                            states: {
                                [key: string]: number | null;
                            };
                            /** @description disclosure control: counts below the threshold hidden (null) */
                            suppression: {
                                applied: boolean;
                                threshold: number;
                            };
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phiếu: câu trả lời, tệp, ý kiến duyệt, các bản sửa / one submission */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                contentType: string;
                                hash: string;
                                name: string;
                                receivedAt: string;
                                size: number;
                            }[];
                            comments: {
                                body: string;
                                createdAt: string;
                                id: number;
                                stateFrom: string | null;
                                stateTo: string | null;
                                userId: number | null;
                                userName: string | null;
                            }[];
                            data: unknown;
                            edits: number;
                            ethnicCode: string | null;
                            formId: number;
                            householdId: number | null;
                            id: number;
                            instanceId: string;
                            latitude: number | null;
                            longitude: number | null;
                            receivedAt: string;
                            /** @enum {string} */
                            state: "received" | "has_issues" | "approved" | "rejected";
                            submitter: string | null;
                            unitId: number;
                            unitName: string;
                            updatedAt: string;
                            values: {
                                [key: string]: string | null;
                            };
                            versions: {
                                createdAt: string;
                                edit: number;
                                xml: string;
                            }[];
                            xml: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/submissions/{id}/attachments/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp đính kèm của phiếu / a submission attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, XLSX hoặc GeoJSON / the CSV, XLSX or GeoJSON file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/submissions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt phiếu: đã nhận, cần xem lại, đã duyệt, từ chối / review a submission */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @enum {string} */
                        state: "received" | "has_issues" | "approved" | "rejected";
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/submissions/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa câu trả lời (giữ bản trước) / edit answers, keeping the earlier version */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/tasks/DATAVALUE_IMPORT": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến độ các tác vụ nhập / progress of your data value import jobs (DHIS2 style) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                category: string;
                                completed: boolean;
                                id: string;
                                /** @enum {string} */
                                level: "INFO" | "ERROR";
                                message: string;
                                time: string;
                                uid: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/tasks/DATAVALUE_IMPORT/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến độ một tác vụ nhập / progress of one import job, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            completed: boolean;
                            id: string;
                            /** @enum {string} */
                            level: "INFO" | "ERROR";
                            message: string;
                            time: string;
                            uid: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/taskSummaries/DATAVALUE_IMPORT/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả một tác vụ nhập / the import summary of a finished job (empty object while it runs) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts: {
                                errorCode: string;
                                indexes: number[];
                                object: string;
                                objects?: {
                                    [key: string]: string;
                                };
                                property?: string;
                                value: string;
                            }[];
                            dataSetComplete: string;
                            description: string;
                            importCount: {
                                deleted: number;
                                ignored: number;
                                imported: number;
                                updated: number;
                            };
                            importOptions: {
                                async: boolean;
                                atomicMode: string;
                                dryRun: boolean;
                                force: boolean;
                                idSchemes: {
                                    [key: string]: string;
                                };
                                importStrategy: string;
                                reportMode: string;
                                skipAudit: boolean;
                                strictPeriods: boolean;
                            };
                            rejectedIndexes: number[];
                            /** @enum {string} */
                            responseType: "ImportSummary";
                            /** @enum {string} */
                            status: "SUCCESS" | "WARNING" | "ERROR";
                        } | Record<string, never>;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "admin" | "province_officer" | "commune_officer" | "viewer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                aggregatesOnly: boolean;
                                createdAt: string;
                                failedLogins: number;
                                fullName: string;
                                id: number;
                                /** @enum {string} */
                                language: "vi" | "en";
                                lockedUntil: string | null;
                                /** @enum {string} */
                                role: "admin" | "province_officer" | "commune_officer" | "viewer";
                                scope: {
                                    code: string;
                                    id: number;
                                    level: string;
                                    name: string;
                                    type: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                } | null;
                                twoFactorEnabled: boolean;
                                username: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                        /** @enum {string} */
                        language?: "vi" | "en";
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "province_officer" | "commune_officer" | "viewer";
                        scopeUnitCode?: string | null;
                        scopeUnitDate?: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            aggregatesOnly: boolean;
                            createdAt: string;
                            failedLogins: number;
                            fullName: string;
                            id: number;
                            /** @enum {string} */
                            language: "vi" | "en";
                            lockedUntil: string | null;
                            /** @enum {string} */
                            role: "admin" | "province_officer" | "commune_officer" | "viewer";
                            scope: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            } | null;
                            twoFactorEnabled: boolean;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            aggregatesOnly: boolean;
                            createdAt: string;
                            failedLogins: number;
                            fullName: string;
                            id: number;
                            /** @enum {string} */
                            language: "vi" | "en";
                            lockedUntil: string | null;
                            /** @enum {string} */
                            role: "admin" | "province_officer" | "commune_officer" | "viewer";
                            scope: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            } | null;
                            twoFactorEnabled: boolean;
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        aggregatesOnly?: boolean;
                        fullName?: string;
                        /** @enum {string} */
                        language?: "vi" | "en";
                        /** @enum {string} */
                        role?: "admin" | "province_officer" | "commune_officer" | "viewer";
                        scopeUnitCode?: string | null;
                        scopeUnitDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            aggregatesOnly: boolean;
                            createdAt: string;
                            failedLogins: number;
                            fullName: string;
                            id: number;
                            /** @enum {string} */
                            language: "vi" | "en";
                            lockedUntil: string | null;
                            /** @enum {string} */
                            role: "admin" | "province_officer" | "commune_officer" | "viewer";
                            scope: {
                                code: string;
                                id: number;
                                level: string;
                                name: string;
                                type: string;
                                validFrom: string | null;
                                validTo: string | null;
                            } | null;
                            twoFactorEnabled: boolean;
                            username: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/two-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt lại xác thực hai bước / reset two-step verification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách thôn / villages */
        get: {
            parameters: {
                query?: {
                    commune?: string;
                    date?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "all" | "active" | "inactive" | "merged";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                commune: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    name: string;
                                    type: string;
                                };
                                id: number;
                                isDemo: boolean;
                                mergedIntoId: number | null;
                                name: string;
                                predecessorId: number | null;
                                /** @enum {string} */
                                status: "active" | "inactive" | "merged";
                                /** @enum {string} */
                                type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm thôn / add a village */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        communeCode: string;
                        date?: string;
                        name: string;
                        /** @enum {string} */
                        type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                        validFrom?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                                type: string;
                            };
                            id: number;
                            isDemo: boolean;
                            mergedIntoId: number | null;
                            name: string;
                            predecessorId: number | null;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                            validFrom: string | null;
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một thôn và lịch sử / one village */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                                type: string;
                            };
                            history: {
                                after?: unknown;
                                before?: unknown;
                                code?: string;
                                date: string | null;
                                /** @enum {string} */
                                event: "predecessor" | "merged_from" | "created" | "update" | "deactivate" | "merge" | "import" | "merged_into" | "successor";
                                name: string;
                                username?: string | null;
                                villageId?: number;
                            }[];
                            id: number;
                            isDemo: boolean;
                            mergedFrom: {
                                code: string;
                                commune: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    name: string;
                                    type: string;
                                };
                                id: number;
                                isDemo: boolean;
                                mergedIntoId: number | null;
                                name: string;
                                predecessorId: number | null;
                                /** @enum {string} */
                                status: "active" | "inactive" | "merged";
                                /** @enum {string} */
                                type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            mergedInto: {
                                code: string;
                                communeName: string;
                                id: number;
                                name: string;
                                /** @enum {string} */
                                type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                            } | null;
                            mergedIntoId: number | null;
                            name: string;
                            predecessor: {
                                code: string;
                                communeName: string;
                                id: number;
                                name: string;
                                /** @enum {string} */
                                type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                            } | null;
                            predecessorId: number | null;
                            predecessors: {
                                code: string;
                                commune: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    name: string;
                                    type: string;
                                };
                                id: number;
                                isDemo: boolean;
                                mergedIntoId: number | null;
                                name: string;
                                predecessorId: number | null;
                                /** @enum {string} */
                                status: "active" | "inactive" | "merged";
                                /** @enum {string} */
                                type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            successors: {
                                code: string;
                                commune: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    name: string;
                                    type: string;
                                };
                                id: number;
                                isDemo: boolean;
                                mergedIntoId: number | null;
                                name: string;
                                predecessorId: number | null;
                                /** @enum {string} */
                                status: "active" | "inactive" | "merged";
                                /** @enum {string} */
                                type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            /** @enum {string} */
                            type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                            validFrom: string | null;
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Đổi tên, loại / rename, retype */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        type?: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                                type: string;
                            };
                            id: number;
                            isDemo: boolean;
                            mergedIntoId: number | null;
                            name: string;
                            predecessorId: number | null;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                            validFrom: string | null;
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/villages/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ngừng hoạt động / deactivate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            commune: {
                                code: string;
                                fullName: string;
                                id: number;
                                name: string;
                                type: string;
                            };
                            id: number;
                            isDemo: boolean;
                            mergedIntoId: number | null;
                            name: string;
                            predecessorId: number | null;
                            /** @enum {string} */
                            status: "active" | "inactive" | "merged";
                            /** @enum {string} */
                            type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                            validFrom: string | null;
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập thôn từ XLSX/CSV / import villages */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description Ngày tra cứu mã đơn vị / day unit codes are looked up on */
                        date?: string;
                        /** @description true: chỉ kiểm tra / check only */
                        dryRun?: string;
                        /**
                         * Format: binary
                         * @description Tệp XLSX hoặc CSV / XLSX or CSV file
                         */
                        file: string;
                        /** @description true: ghi các dòng hợp lệ, bỏ qua dòng lỗi / write the good rows, leave out the bad ones */
                        skipInvalid?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            created: number;
                            dryRun: boolean;
                            errorReportUrl: string | null;
                            errors: {
                                code: string;
                                field: string;
                                message: string;
                                row?: number;
                                value?: unknown;
                            }[];
                            invalid: number;
                            preview: {
                                /** @enum {string} */
                                action: "create" | "update" | "unchanged" | "error";
                                row: number;
                                values: {
                                    [key: string]: string;
                                };
                            }[];
                            skipped: number;
                            total: number;
                            unchanged: number;
                            updated: number;
                            valid: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/import-errors/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp báo lỗi nhập / import error report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sáp nhập thôn / merge villages */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        sourceIds: number[];
                        target?: {
                            code?: string;
                            name: string;
                            /** @enum {string} */
                            type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                        };
                        targetId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sources: {
                                code: string;
                                commune: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    name: string;
                                    type: string;
                                };
                                id: number;
                                isDemo: boolean;
                                mergedIntoId: number | null;
                                name: string;
                                predecessorId: number | null;
                                /** @enum {string} */
                                status: "active" | "inactive" | "merged";
                                /** @enum {string} */
                                type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            target: {
                                code: string;
                                commune: {
                                    code: string;
                                    fullName: string;
                                    id: number;
                                    name: string;
                                    type: string;
                                };
                                id: number;
                                isDemo: boolean;
                                mergedIntoId: number | null;
                                name: string;
                                predecessorId: number | null;
                                /** @enum {string} */
                                status: "active" | "inactive" | "merged";
                                /** @enum {string} */
                                type: "thon" | "ban" | "xom" | "to_dan_pho" | "khac";
                                validFrom: string | null;
                                validTo: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mẫu nhập thôn / village template */
        get: {
            parameters: {
                query?: {
                    commune?: string;
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đăng ký nhận sự kiện / webhook subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: string[];
                            items: {
                                active: boolean;
                                createdAt: string;
                                delivered: number;
                                events: string[];
                                failed: number;
                                id: number;
                                name: string;
                                pending: number;
                                scopeUnitId: number | null;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo đăng ký nhận sự kiện (khóa ký chỉ hiện một lần) / create a subscription (the signing secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: ("report.submitted" | "report.approved" | "report.returned" | "report.reopened" | "import.finished" | "household.changed")[];
                        name: string;
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            webhook: {
                                active: boolean;
                                createdAt: string;
                                delivered: number;
                                events: string[];
                                failed: number;
                                id: number;
                                name: string;
                                pending: number;
                                scopeUnitId: number | null;
                                url: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa đăng ký và nhật ký gửi của nó / delete a subscription and its log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa, bật hoặc tắt đăng ký / change, turn on or off a subscription */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        events?: ("report.submitted" | "report.approved" | "report.returned" | "report.reopened" | "import.finished" | "household.changed")[];
                        name?: string;
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            delivered: number;
                            events: string[];
                            failed: number;
                            id: number;
                            name: string;
                            pending: number;
                            scopeUnitId: number | null;
                            url: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/webhooks/allowed-hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Máy chủ được phép nhận sự kiện / hosts allowed as destinations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowPrivate: boolean;
                                createdAt: string;
                                host: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Cho phép một máy chủ nhận sự kiện (quản trị toàn quốc) / allow a destination host (national administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        allowPrivate?: boolean;
                        host: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowPrivate: boolean;
                            createdAt: string;
                            host: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/allowed-hosts/{host}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Bỏ một máy chủ khỏi danh sách được phép / remove an allowed host */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    host: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký gửi sự kiện / delivery log */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    status?: "pending" | "delivered" | "failed";
                    webhook?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                durationMs: number | null;
                                event: string;
                                eventId: string;
                                id: number;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                responseCode: number | null;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                                webhookId: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi lại ngay / send a delivery again now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            deliveredAt: string | null;
                            durationMs: number | null;
                            event: string;
                            eventId: string;
                            id: number;
                            lastAttemptAt: string | null;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            responseCode: number | null;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            webhookId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/key/{token}/projects/{projectId}/formList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenRosa form list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: number;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenRosa XML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/key/{token}/projects/{projectId}/forms/{xmlFormId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** XForm download (<formID>.xml) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: number;
                    token: string;
                    xmlFormId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenRosa XML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/key/{token}/projects/{projectId}/forms/{xmlFormId}/attachments/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Form media file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    projectId: number;
                    token: string;
                    xmlFormId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/key/{token}/projects/{projectId}/forms/{xmlFormId}/manifest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenRosa manifest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: number;
                    token: string;
                    xmlFormId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenRosa XML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/key/{token}/projects/{projectId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenRosa submission (multipart: xml_submission_file and attachments) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: number;
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": ({
                        /**
                         * Format: binary
                         * @description the submission XML
                         */
                        xml_submission_file: string;
                    } & {
                        [key: string]: string;
                    }) | null;
                };
            };
            responses: {
                /** @description OpenRosa XML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
                    };
                };
                /** @description OpenRosa XML */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
